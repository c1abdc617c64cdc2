package org.wearetogether.chat.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.chat.DataExport;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.storage.MongoErrors;

/**
 * Makes the {@code /mydata} files from every feature's part: a readable HTML page and the same as JSON. Made when it
 * is sent (from a {@link Reply.Deferred}), never kept: a file owed after a crash is made again from what is stored
 * then.
 */
final class PersonalExport {

    static final String HTML = "mydata.html";
    static final String JSON = "mydata.json";
    /** The order of the parts in the file; parts of features not named here follow, by key. */
    static final List<String> ORDER =
            List.of("chat", "requests", "volunteer", "tasks", "broadcasts", "roles", "hq", "crm");

    private static final Logger log = LoggerFactory.getLogger(PersonalExport.class);

    private final List<DataExport> parts;
    private final Clock clock;
    private final long maxBytes;
    private final String hotline;

    PersonalExport(List<DataExport> parts, Clock clock, long maxBytes, String hotline) {
        this.parts = List.copyOf(parts);
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.hotline = hotline;
    }

    static boolean makes(Reply reply) {
        return reply instanceof Reply.Deferred d && (HTML.equals(d.what()) || JSON.equals(d.what()));
    }

    /**
     * The file named by {@code deferred} for the person, or a polite message when it cannot be sent (too big, or a
     * feature failed). An unreachable store is thrown, so that the reply stays owed and is made again later.
     */
    Reply make(Person person, Reply.Deferred deferred) {
        return make(person, deferred, new java.util.HashMap<>());
    }

    /**
     * As {@link #make(Person, Reply.Deferred)}, reusing what {@code collected} holds for the language (the page and
     * the JSON are made from one reading of the store) and adding to it.
     */
    Reply make(Person person, Reply.Deferred deferred, java.util.Map<String, Export> collected) {
        String language = deferred.language();
        try {
            Export export = collected.computeIfAbsent(language, l -> collect(person, l));
            boolean html = HTML.equals(deferred.what());
            byte[] bytes = html ? ExportRendering.html(export, hotline) : ExportRendering.json(export);
            if (bytes.length > maxBytes) {
                log.warn(
                        "The data file of {} is {} bytes, over the cap of {}",
                        person.chatKey(),
                        bytes.length,
                        maxBytes);
                return Reply.Message.plain(MyDataTexts.TOO_BIG.in(language).formatted(hotline));
            }
            String day = export.madeAt().toString().substring(0, 10);
            return html
                    ? new Reply.Document(
                            "my-data-" + day + ".html", "text/html", bytes, MyDataTexts.CAPTION.in(language))
                    : new Reply.Document(
                            "my-data-" + day + ".json",
                            "application/json",
                            bytes,
                            MyDataTexts.JSON_CAPTION.in(language));
        } catch (RuntimeException e) {
            if (MongoErrors.isUnreachable(e)) {
                throw e;
            }
            log.error("Could not make the data file of {}", person.chatKey(), e);
            return Reply.Message.plain(MyDataTexts.FAILED.in(language));
        }
    }

    /** Every feature's part for the person, in the file's order. */
    Export collect(Person person, String language) {
        List<DataExport.Section> sections = new ArrayList<>();
        for (DataExport part : parts) {
            Optional<DataExport.Section> section = part.export(person, language);
            section.ifPresent(sections::add);
        }
        sections.sort(Comparator.comparingInt((DataExport.Section s) -> rank(s.key()))
                .thenComparing(DataExport.Section::key));
        return new Export(person, language, clock.instant(), sections);
    }

    private static int rank(String key) {
        int i = ORDER.indexOf(key);
        return i < 0 ? ORDER.size() : i;
    }

    /** Everything collected for one file. */
    record Export(Person person, String language, Instant madeAt, List<DataExport.Section> sections) {}
}
