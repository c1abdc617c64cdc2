package org.wearetogether.console.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.wearetogether.chat.DataExport;
import org.wearetogether.chat.PersonalData;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Texts;

/**
 * What the console keeps about a person: their open sessions (user id, first name, language, times) and login links
 * not yet used. {@code /mydata} lists the sessions (when opened, until when; never an id or token), and
 * {@code /privacy} ends them all and deletes the links.
 */
@Component
class ConsolePersonalData implements PersonalData, DataExport {

    private static final Texts TITLE = Texts.of("Вход в веб-консоль штаба", "HQ web console sign-ins");
    private static final Texts OPENED = Texts.of("Открыт", "Opened");
    private static final Texts UNTIL = Texts.of("Действует до", "Valid until");

    private final MongoConsoleSessions sessions;
    private final MongoConsoleLogins logins;

    ConsolePersonalData(MongoConsoleSessions sessions, MongoConsoleLogins logins) {
        this.sessions = sessions;
        this.logins = logins;
    }

    @Override
    public void forget(Person person) {
        if (person.userId() != null) {
            sessions.closeAllOf(person.userId());
            logins.forget(person.userId());
        }
    }

    @Override
    public Optional<Section> export(Person person, String language) {
        if (person.userId() == null) {
            return Optional.empty();
        }
        List<MongoConsoleSessions.Session> found = sessions.of(person.userId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Entry> entries = found.stream()
                .map(s -> new DataExport.Builder(null)
                        .add("openedAt", OPENED.in(language), null, DataExport.shown(s.createdAt()))
                        .add("expiresAt", UNTIL.in(language), null, DataExport.shown(s.expiresAt()))
                        .entry())
                .toList();
        List<Object> data = found.stream()
                .map(s -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("openedAt", DataExport.json(s.createdAt()));
                    m.put("expiresAt", DataExport.json(s.expiresAt()));
                    m.put("language", s.language());
                    return (Object) m;
                })
                .toList();
        return Optional.of(new Section("console", TITLE.in(language), entries, Map.of("sessions", data)));
    }
}
