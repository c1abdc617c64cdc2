package org.wearetogether.broadcasts.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.StaffCommand;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;

/** {@code /broadcasts}: the latest broadcasts with their reports; one's own, or everyone's for admins. */
final class HistoryCommand implements StaffCommand {

    private static final int SHOWN = 10;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM HH:mm");

    private final MongoBroadcasts broadcasts;
    private final Roles roles;

    HistoryCommand(MongoBroadcasts broadcasts, Roles roles) {
        this.broadcasts = broadcasts;
        this.roles = roles;
    }

    @Override
    public Description description() {
        return new Description(
                "broadcasts", Texts.of("Последние рассылки (для координаторов)", "Recent broadcasts (coordinators)"));
    }

    @Override
    public List<Reply> run(Person person, String language, String args) {
        Staff staff = Staff.of(roles, person.userId());
        if (!staff.mayBroadcast()) {
            return List.of(Reply.Message.plain(BroadcastTexts.NOT_ALLOWED.in(language)));
        }
        List<Broadcast> recent = broadcasts.recent(staff.admin() ? null : person.userId(), SHOWN);
        if (recent.isEmpty()) {
            return List.of(Reply.Message.plain(BroadcastTexts.HISTORY_EMPTY.in(language)));
        }
        StringBuilder text = new StringBuilder(BroadcastTexts.HISTORY_TITLE.in(language));
        List<List<Reply.Button>> cancels = new ArrayList<>();
        for (Broadcast b : recent) {
            Broadcast.Report r = b.report();
            text.append("\n\n")
                    .append(BroadcastTexts.HISTORY_LINE
                            .in(language)
                            .formatted(
                                    b.id(),
                                    WHEN.format(b.createdAt().atZone(ZoneId.of("Europe/Moscow"))),
                                    b.authorName(),
                                    state(b, language),
                                    r.sent(),
                                    Math.max(r.total(), b.expected()),
                                    r.failed(),
                                    r.unreachable(),
                                    r.optedOut()));
            if (b.state() == Broadcast.State.SENDING) {
                cancels.add(List.of(new Reply.Button(
                        BroadcastTexts.CANCEL.in(language) + " №" + b.id(), ProgressView.STOP + b.id())));
            }
        }
        return List.of(new Reply.Message(
                text.toString(), cancels.isEmpty() ? Reply.Keyboard.NONE : new Reply.Keyboard.Inline(cancels)));
    }

    private static String state(Broadcast b, String language) {
        return switch (b.state()) {
            case SENDING -> BroadcastTexts.STATE_SENDING.in(language);
            case DONE -> BroadcastTexts.STATE_DONE.in(language);
            case CANCELLED -> BroadcastTexts.STATE_CANCELLED.in(language);
        };
    }
}
