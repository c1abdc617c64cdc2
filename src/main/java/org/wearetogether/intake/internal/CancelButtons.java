package org.wearetogether.intake.internal;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.chat.ChatButtons;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestLifecycle;

/**
 * The requester cancels an open request from "My requests": {@code c:ask:<number>} asks to confirm,
 * {@code c:yes:<number>} cancels. Only the chat that submitted the request can cancel it.
 */
final class CancelButtons implements ChatButtons {

    static final String PREFIX = "c:";
    static final String ASK = "c:ask:";
    static final String YES = "c:yes:";
    static final String NO = "c:no:";
    static final Texts CANCEL = Texts.of("Отменить № %s", "Cancel No. %s");
    private static final Texts CONFIRM = Texts.of(
            "Отменить просьбу № %s? Штаб перестанет ею заниматься.",
            "Cancel request No. %s? The HQ will stop working on it.");
    private static final Texts YES_LABEL = Texts.of("Да, отменить", "Yes, cancel");
    private static final Texts NO_LABEL = Texts.of("Нет, оставить", "No, keep it");
    private static final Texts CANCELLED = Texts.of("Просьба № %s отменена.", "Request No. %s is cancelled.");
    private static final Texts KEPT = Texts.of("Хорошо, просьба № %s остаётся.", "All right, request No. %s stays.");
    private static final Texts CANNOT =
            Texts.of("Эту просьбу уже нельзя отменить.", "This request can no longer be cancelled.");
    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9]{2,8}-\\d{1,12}");
    private static final Logger log = LoggerFactory.getLogger(CancelButtons.class);

    private final HelpRequests requests;
    private final Supplier<RequestLifecycle> lifecycle;
    private final Clock clock;

    /** The lifecycle is looked up when first needed (a context with the store of requests alone has none). */
    CancelButtons(HelpRequests requests, Supplier<RequestLifecycle> lifecycle, Clock clock) {
        this.requests = requests;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public List<Reply> press(Person person, String language, String data) {
        String action = data.startsWith(ASK) ? ASK : data.startsWith(YES) ? YES : data.startsWith(NO) ? NO : null;
        String number = action == null ? "" : data.substring(action.length());
        HelpRequest request =
                NUMBER.matcher(number).matches() ? requests.byNumber(number).orElse(null) : null;
        if (request == null
                || request.requester() == null
                || !person.chatKey().equals(request.requester().chatKey())) {
            log.warn("Refused cancel button data '{}' from {}", data, person.chatKey());
            return List.of(new Reply.Notice(CANNOT.in(language)));
        }
        if (action.equals(NO)) {
            return List.of(new Reply.EditPressed(KEPT.in(language).formatted(number), Reply.Keyboard.NONE));
        }
        if (!request.status().open()) {
            return List.of(new Reply.Notice(CANNOT.in(language)));
        }
        if (action.equals(ASK)) {
            var row = List.of(
                    new Reply.Button(YES_LABEL.in(language), YES + number),
                    new Reply.Button(NO_LABEL.in(language), NO + number));
            return List.of(
                    new Reply.Message(CONFIRM.in(language).formatted(number), new Reply.Keyboard.Inline(List.of(row))));
        }
        Actor requester = new Actor(
                Actor.Role.REQUESTER, person.chatKey(), person.firstName() == null ? "requester" : person.firstName());
        var outcome = lifecycle
                .get()
                .change(number, requester, org.wearetogether.intake.RequestStatus.CANCELLED, null, clock.instant());
        if (outcome instanceof RequestLifecycle.Changed) {
            return List.of(new Reply.EditPressed(CANCELLED.in(language).formatted(number), Reply.Keyboard.NONE));
        }
        return List.of(new Reply.Notice(CANNOT.in(language)));
    }
}
