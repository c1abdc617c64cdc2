package org.wearetogether.volunteers.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.wearetogether.dialog.Reply;
import org.wearetogether.regions.RegionCatalogue;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.VolunteerStatus;

/** How a profile looks: to the volunteer (their language, with buttons) and on the coordinators' cards. */
final class ProfileView {

    static final String PREFIX = "v:";
    static final String APPROVE = "a";
    static final String DECLINE = "d";
    static final String DECLINE_NO_REASON = "n";
    static final String EDIT = "v:e";
    static final String PAUSE = "v:p";
    static final String RESUME = "v:r";
    static final String LEAVE = "v:l";
    static final String LEAVE_YES = "v:ly";
    static final String LEAVE_NO = "v:ln";
    /**
     * The chat menu's "Become a volunteer" button: it runs {@code /volunteer}, which starts the sign-up again once
     * Edit was pressed (a button cannot start a dialog itself).
     */
    static final String RUN_VOLUNTEER_COMMAND = "m:volunteer";

    private final RegionCatalogue regions;
    private final OptionNames options;

    ProfileView(RegionCatalogue regions, OptionNames options) {
        this.regions = regions;
        this.options = options;
    }

    /** The volunteer's own view of the profile with Edit / Pause or Resume / Leave. */
    Reply.Message own(Volunteer v, String language) {
        String text = VolunteerTexts.PROFILE
                .in(language)
                .formatted(
                        status(v, language),
                        v.name(),
                        v.age() + (v.parentalConsentNeeded() ? VolunteerTexts.PARENT_SHORT.in(language) : ""),
                        v.phone(),
                        region(v.regionCode(), language),
                        v.district(),
                        list(v.skills(), id -> options.name("skills", id, language), language),
                        list(v.availability(), id -> options.name("availability", id, language), language),
                        v.hoursPerWeek());
        List<Reply.Button> row = new ArrayList<>();
        row.add(new Reply.Button(VolunteerTexts.EDIT.in(language), EDIT));
        if (v.status() == VolunteerStatus.APPROVED) {
            row.add(new Reply.Button(VolunteerTexts.PAUSE.in(language), PAUSE));
        } else if (v.status() == VolunteerStatus.PAUSED) {
            row.add(new Reply.Button(VolunteerTexts.RESUME.in(language), RESUME));
        }
        row.add(new Reply.Button(VolunteerTexts.LEAVE.in(language), LEAVE));
        return new Reply.Message(text, new Reply.Keyboard.Inline(List.of(row)));
    }

    private static String status(Volunteer v, String language) {
        return switch (v.status()) {
            case PENDING -> VolunteerTexts.STATUS_PENDING.in(language);
            case APPROVED -> VolunteerTexts.STATUS_APPROVED.in(language);
            case PAUSED -> VolunteerTexts.STATUS_PAUSED.in(language);
            case DECLINED ->
                VolunteerTexts.STATUS_DECLINED.in(language)
                        + (v.statusReason() == null ? "" : " (" + v.statusReason() + ")");
        };
    }

    /** A pending card with Approve / Decline; the buttons carry the user id and the round. */
    Reply.Message pendingCard(Profile profile) {
        Volunteer v = profile.volunteer();
        String suffix = v.userId() + ":" + profile.round();
        List<Reply.Button> row = List.of(
                new Reply.Button(VolunteerTexts.APPROVE, PREFIX + APPROVE + ":" + suffix),
                new Reply.Button(VolunteerTexts.DECLINE, PREFIX + DECLINE + ":" + suffix));
        return new Reply.Message(cardText(v), new Reply.Keyboard.Inline(List.of(row)));
    }

    /** The card once decided: who decided, no buttons. */
    Reply.Message decidedCard(Profile profile) {
        Volunteer v = profile.volunteer();
        String decided = v.status() == VolunteerStatus.DECLINED
                ? VolunteerTexts.CARD_DECLINED.formatted(profile.decidedBy())
                        + (v.statusReason() == null ? "" : VolunteerTexts.CARD_REASON.formatted(v.statusReason()))
                : VolunteerTexts.CARD_APPROVED.formatted(profile.decidedBy());
        return new Reply.Message(cardText(v) + decided, new Reply.Keyboard.Inline(List.of()));
    }

    /** A card without personal data, for a changed or deleted profile. */
    static Reply.Message staleCard(MongoVolunteers.StaleKind kind) {
        String text = kind == MongoVolunteers.StaleKind.GONE ? VolunteerTexts.CARD_GONE : VolunteerTexts.CARD_CHANGED;
        return new Reply.Message(text, new Reply.Keyboard.Inline(List.of()));
    }

    private String cardText(Volunteer v) {
        return VolunteerTexts.CARD.formatted(
                v.name(),
                v.age() + (v.parentalConsentNeeded() ? VolunteerTexts.CARD_PARENT : ""),
                v.phone(),
                regions.byCode(v.regionCode())
                        .map(r -> r.nameRu() + " / " + r.nameEn())
                        .orElse(v.regionCode()),
                v.district(),
                v.skills().isEmpty()
                        ? "—"
                        : String.join(
                                "; ",
                                v.skills().stream()
                                        .map(id -> options.bothLanguages("skills", id))
                                        .toList()),
                String.join(
                        "; ",
                        v.availability().stream()
                                .map(id -> options.bothLanguages("availability", id))
                                .toList()),
                v.hoursPerWeek());
    }

    String region(String code, String language) {
        return regions.byCode(code).map(r -> r.name(language)).orElse(code);
    }

    private static String list(List<String> ids, Function<String, String> name, String language) {
        return ids.isEmpty()
                ? VolunteerTexts.NONE.in(language)
                : String.join(", ", ids.stream().map(name).toList());
    }
}
