package org.wearetogether.intake.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;
import org.wearetogether.intake.ClosingReasons;
import org.wearetogether.intake.CodeWords;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;

/** {@code /requests}: the person's own requests, newest first, with their status in the person's language. */
final class MyRequestsCommand implements ChatCommand {

    static final int SHOWN = 10;

    private static final Description DESCRIPTION =
            new Description("requests", Texts.of("Мои просьбы и их статус", "My requests and their status"));
    private static final Texts NONE = Texts.of(
            "У вас пока нет просьб о помощи. Чтобы попросить о помощи, отправьте /start.",
            "You have no requests for help yet. To ask for help, send /start.");
    private static final Texts HEADER = Texts.of("Ваши просьбы, сначала новые:", "Your requests, newest first:");
    private static final Texts ENTRY =
            Texts.of("№ %s от %s\nСтатус: %s\nНужно: %s", "No. %s of %s\nStatus: %s\nNeeds: %s");
    private static final Texts CODE_WORD = Texts.of(
            "🔑 Кодовое слово: «%s» — открывать дверь только тому, кто его назовёт.",
            "🔑 Code word: \"%s\" — open the door only to someone who says it.");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final HelpRequests requests;
    private final CodeWords codeWords;
    private final NeedNames needNames;
    private final Function<String, ZoneId> zoneOfRegion;

    /**
     * @param zoneOfRegion the time zone of a region code, so dates are the person's local dates
     */
    MyRequestsCommand(
            HelpRequests requests, CodeWords codeWords, NeedNames needNames, Function<String, ZoneId> zoneOfRegion) {
        this.requests = requests;
        this.codeWords = codeWords;
        this.needNames = needNames;
        this.zoneOfRegion = zoneOfRegion;
    }

    @Override
    public Description description() {
        return DESCRIPTION;
    }

    @Override
    public List<Reply> run(Person person, String language, String args) {
        List<HelpRequest> mine = requests.byRequester(person.chatKey(), SHOWN);
        if (mine.isEmpty()) {
            return List.of(Reply.Message.plain(NONE.in(language)));
        }
        String entries = mine.stream().map(r -> entry(r, language)).collect(Collectors.joining("\n\n"));
        // an open request: write to the HQ, or cancel it; a closed one has neither
        List<List<Reply.Button>> cancels = mine.stream()
                .filter(r -> r.status().open())
                .flatMap(r -> java.util.stream.Stream.of(
                        List.of(MongoWritingToHq.writeButton(r.number(), language)),
                        List.of(new Reply.Button(
                                CancelButtons.CANCEL.in(language).formatted(r.number()),
                                CancelButtons.ASK + r.number()))))
                .toList();
        Reply.Keyboard keyboard = cancels.isEmpty() ? Reply.Keyboard.NONE : new Reply.Keyboard.Inline(cancels);
        return List.of(new Reply.Message(HEADER.in(language) + "\n\n" + entries, keyboard));
    }

    private String entry(HelpRequest request, String language) {
        String date = DATE.format(request.createdAt().atZone(zoneOfRegion.apply(request.regionCode())));
        String status = request.status().label().in(language);
        if (request.statusReason() != null) {
            status += " (" + ClosingReasons.words(request.statusReason(), language) + ")";
        }
        String needs =
                request.needs().stream().map(id -> needNames.name(id, language)).collect(Collectors.joining(", "));
        String entry = ENTRY.in(language).formatted(request.number(), date, status, needs);
        // Only while someone may still come to the door: a closed request's word is of no use and not shown.
        if (request.status().open()) {
            entry += codeWords
                    .current(request.number())
                    .map(word -> "\n" + CODE_WORD.in(language).formatted(word))
                    .orElse("");
        }
        return entry;
    }
}
