package org.wearetogether.volunteers.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.VolunteerLeft;
import org.wearetogether.volunteers.VolunteerStatus;

/** What volunteers do with their own profile: see it, edit, pause, resume and leave. */
class SelfService {

    /** How long after pressing Edit the next /volunteer runs the sign-up again. */
    static final Duration EDIT_WINDOW = Duration.ofMinutes(30);

    /** A departure younger than this is still being announced by the call that deleted the profile. */
    static final Duration DEPARTURE_GRACE = Duration.ofMinutes(1);

    private final MongoVolunteers volunteers;
    private final ProfileView view;
    private final ApplicationEventPublisher events;
    private final Runnable nudge;
    private final Clock clock;

    /** Erases what outlives the deleted profile (audit ids, decline reasons awaited). */
    private final Consumer<Volunteer> traces;

    SelfService(
            MongoVolunteers volunteers,
            ProfileView view,
            ApplicationEventPublisher events,
            Runnable nudge,
            Clock clock) {
        this(volunteers, view, events, nudge, clock, gone -> {});
    }

    SelfService(
            MongoVolunteers volunteers,
            ProfileView view,
            ApplicationEventPublisher events,
            Runnable nudge,
            Clock clock,
            Consumer<Volunteer> traces) {
        this.traces = traces;
        this.volunteers = volunteers;
        this.view = view;
        this.events = events;
        this.nudge = nudge;
        this.clock = clock;
    }

    /** Whether /volunteer should run the sign-up dialog: no profile yet, or Edit was pressed a moment ago. */
    boolean signUpNow(String userId) {
        Optional<Profile> profile = volunteers.profile(userId);
        if (profile.isEmpty()) {
            return true;
        }
        Instant editAt = profile.get().editRequestedAt();
        return editAt != null && editAt.plus(EDIT_WINDOW).isAfter(clock.instant());
    }

    List<Reply> show(Person person, String language) {
        return volunteers
                .byUserId(person.userId())
                .<List<Reply>>map(v -> List.of(view.own(v, language)))
                .orElseGet(() -> say(VolunteerTexts.NO_PROFILE.in(language)));
    }

    List<Reply> edit(Person person, String language) {
        if (!volunteers.requestEdit(person.userId(), clock.instant())) {
            return List.of(new Reply.Notice(VolunteerTexts.INACTIVE.in(language)));
        }
        Reply.Button start = new Reply.Button(VolunteerTexts.EDIT_GO.in(language), ProfileView.RUN_VOLUNTEER_COMMAND);
        return List.of(new Reply.Message(
                VolunteerTexts.EDIT_START.in(language), new Reply.Keyboard.Inline(List.of(List.of(start)))));
    }

    List<Reply> pause(Person person, String language) {
        return change(person, language, VolunteerStatus.APPROVED, VolunteerStatus.PAUSED);
    }

    List<Reply> resume(Person person, String language) {
        return change(person, language, VolunteerStatus.PAUSED, VolunteerStatus.APPROVED);
    }

    private List<Reply> change(Person person, String language, VolunteerStatus from, VolunteerStatus to) {
        return switch (setStatus(person.userId(), from, to, true)) {
            case CHANGED ->
                say((to == VolunteerStatus.PAUSED ? VolunteerTexts.PAUSED : VolunteerTexts.RESUMED).in(language));
            case NO_PROFILE -> say(VolunteerTexts.NO_PROFILE.in(language));
            case ALREADY ->
                say((to == VolunteerStatus.PAUSED ? VolunteerTexts.ALREADY_PAUSED : VolunteerTexts.NOT_PAUSED)
                        .in(language));
            case NOT_APPROVED -> say(VolunteerTexts.PAUSE_NOT_YET.in(language));
        };
    }

    /** What came of a pause or a resume. */
    enum StatusChange {
        CHANGED,
        NO_PROFILE,
        /** The profile has that status already. */
        ALREADY,
        /** Pending or declined: neither pause nor resume applies. */
        NOT_APPROVED
    }

    /**
     * Pause ({@code APPROVED -> PAUSED}) or resume ({@code PAUSED -> APPROVED}) in one guarded write: the one
     * implementation behind {@code /pause}, {@code /resume}, the profile's buttons and the web console.
     * {@code byVolunteer}: the volunteer's own doing (it counts as their activity).
     */
    StatusChange setStatus(String userId, VolunteerStatus from, VolunteerStatus to, boolean byVolunteer) {
        if (volunteers.changeStatus(userId, from, to, byVolunteer, clock.instant())) {
            return StatusChange.CHANGED;
        }
        Optional<Volunteer> current = volunteers.byUserId(userId);
        if (current.isEmpty()) {
            return StatusChange.NO_PROFILE;
        }
        return current.get().status() == to ? StatusChange.ALREADY : StatusChange.NOT_APPROVED;
    }

    List<Reply> askToLeave(Person person, String language) {
        if (volunteers.byUserId(person.userId()).isEmpty()) {
            return say(VolunteerTexts.NOTHING_TO_FORGET.in(language));
        }
        List<Reply.Button> row = List.of(
                new Reply.Button(VolunteerTexts.FORGET_YES.in(language), ProfileView.LEAVE_YES),
                new Reply.Button(VolunteerTexts.FORGET_NO.in(language), ProfileView.LEAVE_NO));
        return List.of(
                new Reply.Message(VolunteerTexts.FORGET_CONFIRM.in(language), new Reply.Keyboard.Inline(List.of(row))));
    }

    List<Reply> leave(Person person, String language) {
        if (!forget(person.userId())) {
            return List.of(new Reply.EditPressed(VolunteerTexts.NOTHING_TO_FORGET.in(language), Reply.Keyboard.NONE));
        }
        return List.of(new Reply.EditPressed(VolunteerTexts.FORGOTTEN.in(language), Reply.Keyboard.NONE));
    }

    List<Reply> stay(String language) {
        return List.of(new Reply.EditPressed(VolunteerTexts.KEPT.in(language), Reply.Keyboard.NONE));
    }

    /**
     * Deletes the profile, has its cards stripped of personal data and tells the other modules; true when there was
     * a profile to delete.
     */
    boolean forget(String userId) {
        Optional<Volunteer> gone = volunteers.forget(userId, clock.instant());
        gone.ifPresent(traces);
        gone.ifPresent(v -> {
            events.publishEvent(new VolunteerLeft(v.userId(), v.firstName(), v.chatKey()));
            volunteers.departed(v.userId());
            nudge.run();
        });
        return gone.isPresent();
    }

    /**
     * Publishes the departures a stopped process did not announce (deleted, then stopped before publishing). The
     * listeners may hear a departure twice when the process stopped right after publishing: they must not mind.
     */
    void announceOwedDepartures() {
        for (MongoVolunteers.Departure d :
                volunteers.departuresOwed(clock.instant().minus(DEPARTURE_GRACE), 100)) {
            events.publishEvent(new VolunteerLeft(d.userId(), d.firstName(), d.chatKey()));
            volunteers.departed(d.userId());
        }
    }

    private static List<Reply> say(String text) {
        return List.of(Reply.Message.plain(text));
    }
}
