package org.wearetogether.intake.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.access.Audit;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.ChatButtons;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestErased;
import org.wearetogether.intake.RequestErasure;

/**
 * {@code /erase MOW-000123}: an admin erases a request's personal data on the person's wish, typically a caller whose
 * request a hotline operator filed (the caller has no chat with the bot, so {@code /privacy} cannot reach it). Asks
 * to confirm with a button ({@code e:yes:<number>}); the erasure goes through {@link RequestErasure} (cancelled first
 * if open) and is audited as {@code request.erase} with the admin and the number only.
 */
final class EraseCommand implements ChatCommand, ChatButtons {

    static final String PREFIX = "e:";
    static final String YES = "e:yes:";
    static final String NO = "e:no:";
    static final String AUDIT_ACTION = "request.erase";

    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9]{2,8}-\\d{1,12}");
    private static final Logger log = LoggerFactory.getLogger(EraseCommand.class);

    private final HelpRequests requests;
    private final RequestErasure erasure;
    private final MongoHelpRequests store;
    private final Roles roles;
    private final Audit audit;
    private final Clock clock;

    EraseCommand(
            HelpRequests requests,
            RequestErasure erasure,
            MongoHelpRequests store,
            Roles roles,
            Audit audit,
            Clock clock) {
        this.requests = requests;
        this.erasure = erasure;
        this.store = store;
        this.roles = roles;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Description description() {
        return new Description("erase", EraseTexts.DESCRIPTION);
    }

    @Override
    public boolean listed() {
        return false; // admins only
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public List<Reply> run(Person person, String language, String args) {
        Optional<String> refused = refusal(person, language);
        if (refused.isPresent()) {
            return say(refused.get());
        }
        String number = args == null ? "" : args.strip().toUpperCase(Locale.ROOT);
        if (!NUMBER.matcher(number).matches()) {
            return say(EraseTexts.USAGE.in(language));
        }
        Optional<HelpRequest> request = requests.byNumber(number);
        if (request.isEmpty()) {
            return say(EraseTexts.UNKNOWN.in(language).formatted(number));
        }
        if (store.erased(number)) {
            return say(EraseTexts.ALREADY.in(language).formatted(number));
        }
        return List.of(confirmation(request.get(), language));
    }

    private static Reply confirmation(HelpRequest request, String language) {
        Texts filedBy = request.source().intakeOperator() != null ? EraseTexts.BY_OPERATOR : EraseTexts.BY_PERSON;
        String text = EraseTexts.CONFIRM
                .in(language)
                .formatted(
                        request.number(), filedBy.in(language), request.status().name());
        if (request.status().open()) {
            text += "\n" + EraseTexts.WILL_CANCEL.in(language);
        }
        var row = List.of(
                new Reply.Button(EraseTexts.YES.in(language), YES + request.number()),
                new Reply.Button(EraseTexts.NO.in(language), NO + request.number()));
        return new Reply.Message(text, new Reply.Keyboard.Inline(List.of(row)));
    }

    @Override
    public List<Reply> press(Person person, String language, String data) {
        Optional<String> refused = refusal(person, language);
        if (refused.isPresent()) {
            return List.of(new Reply.Notice(refused.get()));
        }
        boolean yes = data.startsWith(YES);
        String number = data.substring(yes ? YES.length() : data.startsWith(NO) ? NO.length() : data.length());
        if (!NUMBER.matcher(number).matches()) {
            log.warn("Refused erase button data '{}' from {}", data, person.userId());
            return List.of(new Reply.Notice(EraseTexts.INACTIVE.in(language)));
        }
        if (!yes) {
            return edited(EraseTexts.KEPT.in(language).formatted(number));
        }
        Actor admin = new Actor(Actor.Role.ADMIN, person.userId(), shown(person));
        return switch (erasure.erase(number, admin, RequestErased.Why.ADMIN)) {
            case RequestErasure.Erased erased -> {
                audit.record(
                        new Audit.Entry(person.userId(), shown(person), AUDIT_ACTION, number, null, clock.instant()));
                Texts done = erased.cancelled() ? EraseTexts.DONE_CANCELLED : EraseTexts.DONE;
                yield edited(done.in(language).formatted(number));
            }
            case RequestErasure.AlreadyErased already ->
                edited(EraseTexts.ALREADY.in(language).formatted(number));
            case RequestErasure.NotFound notFound ->
                edited(EraseTexts.UNKNOWN.in(language).formatted(number));
        };
    }

    /** Admins only, and only in their private chat with the bot (the answer names a request). */
    private Optional<String> refusal(Person person, String language) {
        if (!roles.isAdmin(person.userId())) {
            return Optional.of(EraseTexts.NOT_ADMIN.in(language));
        }
        if (!person.chatId().equals(person.userId())) {
            return Optional.of(EraseTexts.NOT_PRIVATE.in(language));
        }
        return Optional.empty();
    }

    private static String shown(Person person) {
        return person.firstName() != null ? person.firstName() : "admin";
    }

    private static List<Reply> edited(String text) {
        return List.of(new Reply.EditPressed(text, Reply.Keyboard.NONE));
    }

    private static List<Reply> say(String text) {
        return List.of(Reply.Message.plain(text));
    }
}
