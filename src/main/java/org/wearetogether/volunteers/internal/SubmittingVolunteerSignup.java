package org.wearetogether.volunteers.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.wearetogether.dialog.DialogAction;
import org.wearetogether.dialog.Reply;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.VolunteerStatus;

/**
 * The completion action of {@code dialogs/volunteer-signup.yaml}: stores the profile (new: pending; an edit: see
 * {@link MongoVolunteers#signUp}) and tells the person what happens next. Idempotent on the conversation: a
 * re-submission after a crash changes nothing and says the same. The coordinators' cards are owed in the store and
 * posted by the sweep.
 */
class SubmittingVolunteerSignup implements DialogAction {

    static final String NAME = "submit_volunteer_signup";

    private final MongoVolunteers volunteers;
    private final ProfileView view;
    private final Runnable nudge;
    private final Clock clock;

    SubmittingVolunteerSignup(MongoVolunteers volunteers, ProfileView view, Runnable nudge, Clock clock) {
        this.volunteers = volunteers;
        this.view = view;
        this.nudge = nudge;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Result run(Submission submission) {
        Volunteer submitted = volunteer(submission);
        MongoVolunteers.SignUp signUp = volunteers.signUp(submitted, submission.conversationId(), clock.instant());
        if (signUp.kind() != MongoVolunteers.SignUpKind.EDITED) {
            nudge.run(); // a replay may still owe cards
        }
        Volunteer stored = signUp.profile().volunteer();
        return new Result(stored.userId(), List.of(Reply.Message.plain(text(signUp, stored, submission.language()))));
    }

    private String text(MongoVolunteers.SignUp signUp, Volunteer v, String language) {
        String region = view.region(v.regionCode(), language);
        boolean firstTime = signUp.kind() == MongoVolunteers.SignUpKind.CREATED
                || signUp.kind() == MongoVolunteers.SignUpKind.REPLAYED && v.status() == VolunteerStatus.PENDING;
        if (signUp.kind() == MongoVolunteers.SignUpKind.EDITED) {
            return VolunteerTexts.UPDATED.in(language);
        }
        if (signUp.kind() == MongoVolunteers.SignUpKind.SENT_AGAIN) {
            return VolunteerTexts.SENT_AGAIN.in(language).formatted(region);
        }
        String parent = v.parentalConsentNeeded() ? VolunteerTexts.PARENT_NEEDED.in(language) : "";
        return firstTime
                ? VolunteerTexts.SIGNED_UP.in(language).formatted(region, parent)
                : VolunteerTexts.UPDATED.in(language);
    }

    /** The profile the answers describe (status and times are set by the store). */
    static Volunteer volunteer(Submission s) {
        Map<String, Object> a = s.answers();
        return new Volunteer(
                s.person().userId(),
                s.person().chatKey(),
                text(a, "name"),
                whole(a, "age"),
                text(a, "phone"),
                text(a, "region"),
                text(a, "district"),
                list(a, "skills"),
                list(a, "availability"),
                whole(a, "hours"),
                VolunteerStatus.PENDING,
                null,
                s.language(),
                s.submittedAt(),
                s.submittedAt());
    }

    private static String text(Map<String, Object> answers, String step) {
        Object value = answers.get(step);
        if (value == null) {
            throw new IllegalArgumentException("The sign-up has no answer for " + step);
        }
        return String.valueOf(value);
    }

    private static int whole(Map<String, Object> answers, String step) {
        return new java.math.BigDecimal(text(answers, step)).intValue();
    }

    private static List<String> list(Map<String, Object> answers, String step) {
        return answers.get(step) instanceof List<?> chosen
                ? chosen.stream().map(String::valueOf).toList()
                : List.of();
    }
}
