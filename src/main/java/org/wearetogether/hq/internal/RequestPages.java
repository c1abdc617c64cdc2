package org.wearetogether.hq.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wearetogether.access.Audit;
import org.wearetogether.dialog.Texts;
import org.wearetogether.hq.RequestDesk;
import org.wearetogether.hq.RequestPage;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestNote;
import org.wearetogether.intake.RequestNotes;
import org.wearetogether.intake.StatusChange;

/**
 * Reads a request's page: the card's fields by the card's own rules ({@link CardView}) and the timeline, merged from
 * the status history, the notes and the volunteer task events of the audit. Free-text status comments (a CRM's, a
 * requester's cancellation) and the texts of notes are personal: only the holder and admins read them.
 */
final class RequestPages {

    /** At most this many audit entries are read for the task events of one request. */
    static final int MOST_AUDIT = 200;

    private static final Map<String, Texts> TASK_EVENTS = Map.of(
            "task.offer", Texts.of("предложил(а) задачу волонтёру", "offered the task to a volunteer"),
            "task.undelivered", Texts.of("задача не дошла до волонтёра", "the task did not reach the volunteer"),
            "task.accept", Texts.of("волонтёр принял(а) задачу", "the volunteer accepted the task"),
            "task.decline", Texts.of("волонтёр отказался(-ась)", "the volunteer declined"),
            "task.expire", Texts.of("волонтёр не ответил(а) вовремя", "the volunteer did not answer in time"),
            "task.done", Texts.of("волонтёр выполнил(а) задачу", "the volunteer did the task"),
            "task.cannot", Texts.of("волонтёр не смог(ла) выполнить", "the volunteer could not do it"),
            "task.withdraw", Texts.of("задача снята", "the task was withdrawn"));
    private static final Map<RequestNote.Kind, Texts> NOTES = Map.of(
            RequestNote.Kind.DETAILS_ADDED,
            Texts.of("подробности от повторной просьбы", "details from a repeated request"),
            RequestNote.Kind.FROM_REQUESTER,
            Texts.of("сообщение от заявителя", "a message from the requester"),
            RequestNote.Kind.FROM_HQ,
            Texts.of("ответ штаба заявителю", "the HQ's answer to the requester"));
    private static final Map<Actor.Role, Texts> ROLES = Map.of(
            Actor.Role.REQUESTER, Texts.of("заявитель", "the requester"),
            Actor.Role.SYSTEM, Texts.of("сервис", "the service"));
    private static final Texts CHANGE = Texts.of("статус: %s → %s", "status: %s → %s");
    private static final Texts HOLDER_CHANGE = Texts.of("держатель сменился", "the holder changed");

    private final CardView view;
    private final RequestLifecycle lifecycle;
    private final RequestNotes notes;
    private final Audit audit;

    RequestPages(CardView view, RequestLifecycle lifecycle, RequestNotes notes, Audit audit) {
        this.view = view;
        this.lifecycle = lifecycle;
        this.notes = notes;
        this.audit = audit;
    }

    /**
     * @param personal whether the person may read personal words (the holder, an admin)
     */
    RequestPage page(HelpRequest r, Actor actor, Set<RequestDesk.Action> actions, boolean personal, String language) {
        String age = r.beneficiary() == null ? null : r.beneficiary().ageGroup();
        return new RequestPage(
                r.number(),
                r.status(),
                view.statusText(r, language),
                r.holder() == null ? null : r.holder().name(),
                r.holder() != null && r.holder().sameAs(actor),
                view.volunteerLine(r, language).orElse(null),
                view.safetyLine(r, language).orElse(null),
                r.needs().stream()
                        .map(id -> view.optionName("needs", id, language))
                        .toList(),
                view.optionName("urgency", r.urgency(), language),
                view.regionName(r.regionCode(), language),
                age == null ? null : view.optionName("age_group", age, language),
                r.createdAt(),
                r.updatedAt(),
                actions,
                timeline(r.number(), personal, language));
    }

    List<RequestPage.Entry> timeline(String number, boolean personal, String language) {
        List<RequestPage.Entry> entries = new ArrayList<>();
        for (StatusChange c : lifecycle.history(number)) {
            entries.add(new RequestPage.Entry(
                    c.at(), RequestPage.Kind.STATUS, who(c.actor(), language), what(c, personal, language), null));
        }
        for (RequestNote n : notes.notes(number)) {
            entries.add(new RequestPage.Entry(
                    n.at(),
                    RequestPage.Kind.NOTE,
                    who(n.author(), language),
                    NOTES.get(n.kind()).in(language),
                    personal ? n.text() : null));
        }
        for (Audit.Entry e : audit.about(number, MOST_AUDIT)) {
            Texts event = TASK_EVENTS.get(e.action());
            if (event != null) {
                entries.add(
                        new RequestPage.Entry(e.at(), RequestPage.Kind.TASK, e.actorName(), event.in(language), null));
            }
        }
        entries.sort(Comparator.comparing(RequestPage.Entry::at));
        return entries;
    }

    /** As the cards name people: staff, volunteers and CRMs by their name; the requester and the service by role. */
    private static String who(Actor actor, String language) {
        if (actor == null) {
            return "—";
        }
        Texts role = ROLES.get(actor.role());
        return role != null ? role.in(language) : actor.name();
    }

    private static String what(StatusChange c, boolean personal, String language) {
        if (c.from() == c.to()) {
            return HOLDER_CHANGE.in(language);
        }
        String text = CHANGE.in(language)
                .formatted(c.from().label().in(language), c.to().label().in(language));
        String reason = Reasons.words(Reasons.idOf(c.comment()), language);
        if (reason == null && personal && c.comment() != null) {
            reason = c.comment();
        }
        return reason == null ? text : text + " (" + reason + ")";
    }
}
