package org.wearetogether.hq.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.wearetogether.access.Audit;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.StaffCommand;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.StatusChange;

/**
 * {@code /audit MOW-000123}: everything that happened to a request (status changes and the coordinators' actions), for
 * admins and the coordinators of its region.
 */
final class AuditCommand implements StaffCommand {

    private static final int MOST = 50;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Texts DESCRIPTION = Texts.of("История заявки (для штаба)", "A request's history (HQ)");
    private static final Texts USAGE =
            Texts.of("Напишите номер заявки: /audit MOW-000123", "Please give the number: /audit MOW-000123");
    private static final Texts NOT_FOUND =
            Texts.of("Заявка %s не найдена или вам недоступна.", "Request %s was not found or is not yours to see.");
    private static final Texts TITLE = Texts.of("История заявки %s:", "History of request %s:");

    private final HelpRequests requests;
    private final RequestLifecycle lifecycle;
    private final Audit audit;
    private final Roles roles;

    AuditCommand(HelpRequests requests, RequestLifecycle lifecycle, Audit audit, Roles roles) {
        this.requests = requests;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.roles = roles;
    }

    @Override
    public Description description() {
        return new Description("audit", DESCRIPTION);
    }

    @Override
    public List<Reply> run(Person person, String language, String args) {
        String number = args.strip().toUpperCase(Locale.ROOT);
        if (number.isEmpty()) {
            return say(USAGE.in(language));
        }
        HelpRequest request = requests.byNumber(number).orElse(null);
        // The same answer for "no such request" and "not yours", so numbers of other regions cannot be probed.
        if (request == null || person.userId() == null || !roles.mayCoordinate(person.userId(), request.regionCode())) {
            return say(NOT_FOUND.in(language).formatted(number));
        }
        List<Line> lines = new ArrayList<>();
        lifecycle.history(number).forEach(change -> lines.add(statusLine(change)));
        audit.about(number, MOST).forEach(entry -> lines.add(auditLine(entry)));
        lines.sort(Comparator.comparing(Line::at));
        StringBuilder text = new StringBuilder(TITLE.in(language).formatted(number));
        lines.stream().limit(MOST).forEach(line -> text.append('\n').append(line.text()));
        return say(text.toString());
    }

    private static Line statusLine(StatusChange c) {
        String comment = c.comment() == null ? "" : " (" + c.comment() + ")";
        return new Line(
                c.at(), WHEN.format(c.at()) + " · " + c.actor().name() + " · " + c.from() + " → " + c.to() + comment);
    }

    private static Line auditLine(Audit.Entry e) {
        return new Line(e.at(), WHEN.format(e.at()) + " · " + e.actorName() + " · " + e.action());
    }

    private static List<Reply> say(String text) {
        return List.of(Reply.Message.plain(text));
    }

    private record Line(Instant at, String text) {}
}
