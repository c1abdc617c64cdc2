package org.wearetogether.hq.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.access.Audit;
import org.wearetogether.access.Roles;
import org.wearetogether.access.Staff;
import org.wearetogether.hq.RequestDesk;
import org.wearetogether.hq.RequestPage;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestStatus;

/**
 * The one implementation of what staff do to a request ({@link RequestDesk}), behind the HQ card buttons and the
 * console. The roles are read at every call; the lifecycle decides whether a change is allowed now and who wins a race.
 */
final class ActingOnRequests implements RequestDesk {

    private static final Logger log = LoggerFactory.getLogger(ActingOnRequests.class);
    static final Set<RequestStatus> TAKEN =
            Set.of(RequestStatus.ACCEPTED, RequestStatus.VOLUNTEER_ASSIGNED, RequestStatus.IN_PROGRESS);

    private final HelpRequests requests;
    private final RequestLifecycle lifecycle;
    private final Roles roles;
    private final Audit audit;
    private final RequestPages pages;
    private final Clock clock;

    ActingOnRequests(
            HelpRequests requests,
            RequestLifecycle lifecycle,
            Roles roles,
            Audit audit,
            RequestPages pages,
            Clock clock) {
        this.requests = requests;
        this.lifecycle = lifecycle;
        this.roles = roles;
        this.audit = audit;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    public Set<Action> actions(String number, Staff staff) {
        HelpRequest request = requests.byNumber(number).orElse(null);
        return request == null || !mayCoordinate(staff, request) ? Set.of() : actions(request, actor(staff, request));
    }

    Set<Action> actions(HelpRequest r, Actor actor) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        if (r.status() == RequestStatus.SUBMITTED) {
            actions.add(Action.TAKE);
            return actions;
        }
        if (!r.status().open() || r.holder() == null) {
            return actions;
        }
        boolean holder = r.holder().sameAs(actor);
        if (holder || isAdmin(actor)) {
            if (r.status() != RequestStatus.IN_PROGRESS) {
                actions.add(Action.IN_PROGRESS);
            }
            actions.addAll(List.of(Action.DONE, Action.CANNOT_FULFIL, Action.RETURN_TO_QUEUE));
            if (TAKEN.contains(r.status()) && CardButtons.isPerson(r.holder())) {
                actions.add(Action.ASSIGN_VOLUNTEER);
            }
        }
        if (holder) {
            actions.add(Action.CONTACTS);
        }
        return actions;
    }

    @Override
    public Outcome take(String number, Staff staff) {
        HelpRequest request = requests.byNumber(number).orElse(null);
        if (request == null) {
            return new NotFound();
        }
        if (!mayCoordinate(staff, request)) {
            return refusedCoordinator(staff, request, "take");
        }
        Actor actor = actor(staff, request);
        var outcome = lifecycle.take(number, actor, clock.instant());
        if (outcome instanceof RequestLifecycle.Changed changed) {
            audited(staff, actor, "take", number, null);
            return new Changed(changed.request());
        }
        return refused(outcome, number, actor);
    }

    @Override
    public Outcome inProgress(String number, Staff staff) {
        return change(number, staff, RequestStatus.IN_PROGRESS, null);
    }

    @Override
    public Outcome done(String number, Staff staff) {
        return change(number, staff, RequestStatus.DONE, null);
    }

    @Override
    public Outcome returnToQueue(String number, Staff staff) {
        return change(number, staff, RequestStatus.SUBMITTED, null);
    }

    @Override
    public Outcome cannotFulfil(String number, Staff staff, String reasonId) {
        if (reasonId == null || !Reasons.ALL.containsKey(reasonId)) {
            return new UnknownReason();
        }
        return change(number, staff, RequestStatus.CANNOT_FULFIL, reasonId);
    }

    /**
     * Whether the person may close the request as not possible (the chat asks for the reason only then): an open,
     * held request, by its holder or an admin. Otherwise the outcome to show.
     */
    Optional<Outcome> refusedCannot(String number, Staff staff) {
        HelpRequest request = requests.byNumber(number).orElse(null);
        if (request == null) {
            return Optional.of(new NotFound());
        }
        if (!mayCoordinate(staff, request)) {
            return Optional.of(new NotCoordinator());
        }
        Actor actor = actor(staff, request);
        if (!request.status().open()
                || request.holder() == null
                || !request.holder().sameAs(actor) && !isAdmin(actor)) {
            return Optional.of(current(request, actor));
        }
        return Optional.empty();
    }

    @Override
    public List<Reason> reasons(String language) {
        List<Reason> reasons = new ArrayList<>();
        Reasons.ALL.forEach((id, words) -> reasons.add(new Reason(id, words.in(language))));
        return reasons;
    }

    @Override
    public Showing contacts(String number, Staff staff, Predicate<Contacts> show) {
        HelpRequest request = requests.byNumber(number).orElse(null);
        if (request == null) {
            return new NotFound();
        }
        if (!mayCoordinate(staff, request)) {
            return new NotCoordinator();
        }
        Actor actor = actor(staff, request);
        if (request.holder() == null
                || !request.holder().sameAs(actor)
                || !request.status().open()) {
            log.info("Contacts of {} refused to {}", number, staff.userId());
            return new NotYours();
        }
        Contacts contacts = contactsOf(request);
        if (!show.test(contacts)) {
            return new NotDelivered();
        }
        audited(staff, actor, "contacts", number, null);
        return new Shown(contacts);
    }

    @Override
    public Optional<RequestPage> page(String number, Staff staff) {
        HelpRequest request = requests.byNumber(number).orElse(null);
        if (request == null || !mayCoordinate(staff, request)) {
            return Optional.empty();
        }
        Actor actor = actor(staff, request);
        boolean personal = request.holder() != null && request.holder().sameAs(actor) || isAdmin(actor);
        return Optional.of(pages.page(request, actor, actions(request, actor), personal, staff.language()));
    }

    private Outcome change(String number, Staff staff, RequestStatus to, String reasonId) {
        HelpRequest request = requests.byNumber(number).orElse(null);
        if (request == null) {
            return new NotFound();
        }
        if (!mayCoordinate(staff, request)) {
            return refusedCoordinator(staff, request, to.name());
        }
        Actor actor = actor(staff, request);
        if (reasonId != null) {
            Optional<Outcome> refused = refusedCannot(number, staff);
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        String comment = reasonId == null ? null : reasonWords(request, reasonId);
        var outcome = lifecycle.change(number, actor, to, comment, clock.instant());
        if (outcome instanceof RequestLifecycle.Changed changed) {
            audited(staff, actor, to.name().toLowerCase(Locale.ROOT), number, comment);
            return new Changed(changed.request());
        }
        return refused(outcome, number, actor);
    }

    /** The preset's words in the requester's language: they read it, and the cards recognise it in any language. */
    private static String reasonWords(HelpRequest request, String id) {
        String language =
                request.requester() == null ? "ru" : request.requester().language();
        return Reasons.ALL.get(id).in(language == null ? "ru" : language);
    }

    private Outcome refused(RequestLifecycle.Outcome outcome, String number, Actor actor) {
        if (outcome instanceof RequestLifecycle.HeldByAnother held
                && !held.holder().sameAs(actor)) {
            return new HeldByAnother(held.holder().name());
        }
        return requests.byNumber(number).<Outcome>map(NotAllowed::new).orElseGet(NotFound::new);
    }

    private static Outcome current(HelpRequest request, Actor actor) {
        return request.holder() != null && !request.holder().sameAs(actor)
                ? new HeldByAnother(request.holder().name())
                : new NotAllowed(request);
    }

    private Outcome refusedCoordinator(Staff staff, HelpRequest request, String what) {
        log.warn(
                "Refused {} of {} by {}: not a coordinator of {}",
                what,
                request.number(),
                staff.userId(),
                request.regionCode());
        return new NotCoordinator();
    }

    boolean mayCoordinate(Staff staff, HelpRequest request) {
        return roles.mayCoordinate(staff.userId(), request.regionCode());
    }

    /** As a coordinator of the request's region when they are one, else as an admin (the lifecycle tells them apart). */
    Actor actor(Staff staff, HelpRequest request) {
        boolean coordinator = roles.coordinatedRegions(staff.userId()).contains(request.regionCode());
        return new Actor(coordinator ? Actor.Role.COORDINATOR : Actor.Role.ADMIN, staff.userId(), staff.name());
    }

    private boolean isAdmin(Actor actor) {
        return roles.isAdmin(actor.id());
    }

    private void audited(Staff staff, Actor actor, String what, String number, String details) {
        audit.record(
                new Audit.Entry(actor.id(), actor.name(), staff.via().action(what), number, details, clock.instant()));
    }

    static Contacts contactsOf(HelpRequest r) {
        var b = r.beneficiary();
        var q = r.requester();
        String address = r.address() == null
                ? null
                : r.address().text() != null
                        ? r.address().text()
                        : "https://maps.google.com/?q=" + r.address().latitude() + ","
                                + r.address().longitude();
        return new Contacts(
                r.number(),
                b == null ? null : b.name(),
                b == null ? null : b.phone(),
                address,
                q == null ? null : q.name(),
                q == null ? null : q.phone(),
                r.voiceNote().isPresent() || r.details() == null || r.details().isBlank() ? null : r.details(),
                r.voiceNote().orElse(null));
    }
}
