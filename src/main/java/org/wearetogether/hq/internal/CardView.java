package org.wearetogether.hq.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.wearetogether.dialog.Emergency;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Reply.Button;
import org.wearetogether.dialog.Texts;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.intake.SamePerson;
import org.wearetogether.regions.RegionCatalogue;
import org.wearetogether.tasks.Task;
import org.wearetogether.tasks.Tasks;

/**
 * How a request shows in an HQ chat: what the consent text promises the group sees, nothing personal (the holder gets
 * names, phones, address and details privately), the volunteer's first name and how their task stands. Buttons carry {@code q:<action>:<number>}, well within Telegram's 64 bytes.
 */
final class CardView {

    static final String PREFIX = "q:";
    static final String TAKE = "take";
    static final String PROGRESS = "prog";
    static final String DONE = "done";
    static final String CANNOT = "cant";
    static final String WHY = "why";
    static final String RETURN = "back";
    static final String CONTACTS = "cont";
    static final String VOLUNTEER = "vol";

    private final RegionCatalogue regions;
    private final OptionNames options;
    private final Tasks tasks;

    CardView(RegionCatalogue regions, OptionNames options) {
        this(regions, options, null);
    }

    /** With {@code tasks} (may be null: no volunteer lines) the card shows the request's volunteer and task state. */
    CardView(RegionCatalogue regions, OptionNames options, Tasks tasks) {
        this.regions = regions;
        this.options = options;
        this.tasks = tasks;
    }

    Reply.Message card(HelpRequest r, String language) {
        return card(r, language, null);
    }

    /**
     * The card, with a first line such as "Still waiting" when given. It shows what the consent text promises the HQ
     * group sees (checked by {@code ConsentAndCardTest}): the number, status, who took it (coordinator, volunteer's
     * first name), what is needed, urgency, region, age group, and an earlier open request's number for the same phone. Never the names of the people helped, the details
     * (they may hold a door code), phones or the address: those go to the holder privately ("Show contacts") and to
     * the assigned volunteer. A closed request shows as its {@linkplain #cleaned stub}.
     */
    Reply.Message card(HelpRequest r, String language, String headline) {
        if (!r.status().open()) {
            return cleaned(r.number(), RequestEnd.of(r.status()), Reasons.idOf(r.statusReason()), language);
        }
        List<String> lines = new ArrayList<>();
        if (headline != null) {
            lines.add(headline);
        }
        lines.add(HqTexts.CARD_TITLE.in(language).formatted(r.number()));
        safety(r, language).ifPresent(lines::add);
        SamePerson.earlierOf(r)
                .ifPresent(earlier -> lines.add(HqTexts.SAME_PERSON.in(language).formatted(earlier)));
        lines.add(line(HqTexts.STATUS, language, r.status().label().in(language)));
        if (r.holder() != null) {
            lines.add(line(HqTexts.HOLDER, language, r.holder().name()));
        }
        volunteer(r)
                .ifPresent(task -> lines.add(line(
                        HqTexts.VOLUNTEER_LINE,
                        language,
                        task.volunteerFirstName() + " — " + task.state().label().in(language))));
        String needs = r.needs().stream()
                .map(id -> options.name("needs", id, language))
                .collect(Collectors.joining(", "));
        lines.add(line(HqTexts.NEEDS, language, needs));
        lines.add(line(HqTexts.URGENCY, language, options.name("urgency", r.urgency(), language)));
        lines.add(line(HqTexts.REGION, language, regionName(r.regionCode(), language)));
        String age = r.beneficiary() == null ? null : r.beneficiary().ageGroup();
        if (age != null) {
            lines.add(line(HqTexts.AGE_GROUP, language, options.name("age_group", age, language)));
        }
        return new Reply.Message(String.join("\n", lines), keyboard(r, language));
    }

    /**
     * The safety flag when the requester was told to call 112: only why (danger words, medical help today), never
     * the words, which may be personal.
     */
    private static Optional<String> safety(HelpRequest r, String language) {
        Emergency why = Emergency.in(r.answers());
        if (why == null) {
            return Optional.empty();
        }
        Texts reason = switch (why) {
            case DANGER_WORDS -> HqTexts.SAFETY_DANGER_WORDS;
            case URGENT_ANSWERS -> HqTexts.SAFETY_MEDICAL_TODAY;
        };
        return Optional.of(line(HqTexts.SAFETY, language, reason.in(language)));
    }

    /**
     * What every message about an ended request is edited to: its number and how it ended, with a preset reason
     * (never a free-text one, which may hold personal data), and no buttons.
     */
    Reply.Message cleaned(String number, RequestEnd end, String reasonId, String language) {
        String how = switch (end) {
            case DONE -> RequestStatus.DONE.label().in(language);
            case CANCELLED -> withReason(RequestStatus.CANCELLED, reasonId, language);
            case ERASED -> HqTexts.ENDED_ERASED.in(language);
            case CANNOT_FULFIL -> withReason(RequestStatus.CANNOT_FULFIL, reasonId, language);
        };
        return new Reply.Message(
                HqTexts.CLEANED.in(language).formatted(number, how), new Reply.Keyboard.Inline(List.of()));
    }

    /** The status as the card says it; for an ended request with its preset reason, as its stub says it. */
    String statusText(HelpRequest r, String language) {
        return r.status().open()
                ? r.status().label().in(language)
                : withReason(r.status(), Reasons.idOf(r.statusReason()), language);
    }

    /** The card's volunteer line: first name and how the task stands. */
    Optional<String> volunteerLine(HelpRequest r, String language) {
        return volunteer(r)
                .map(task ->
                        task.volunteerFirstName() + " — " + task.state().label().in(language));
    }

    /** The card's safety flag, without its label. */
    Optional<String> safetyLine(HelpRequest r, String language) {
        Emergency why = Emergency.in(r.answers());
        if (why == null) {
            return Optional.empty();
        }
        return Optional.of((why == Emergency.DANGER_WORDS ? HqTexts.SAFETY_DANGER_WORDS : HqTexts.SAFETY_MEDICAL_TODAY)
                .in(language));
    }

    /** An option's name from the request dialog, e.g. {@code needs}/{@code groceries}. */
    String optionName(String step, String id, String language) {
        return options.name(step, id, language);
    }

    private static String withReason(RequestStatus status, String reasonId, String language) {
        String label = status.label().in(language);
        String reason = Reasons.words(reasonId, language);
        return reason == null ? label : label + " (" + reason + ")";
    }

    /** The request's latest task (cards of closed requests show none). */
    private Optional<Task> volunteer(HelpRequest r) {
        if (tasks == null || r.status() == RequestStatus.SUBMITTED) {
            return Optional.empty();
        }
        return tasks.current(r.number());
    }

    String regionName(String code, String language) {
        return regions.byCode(code).map(region -> region.name(language)).orElse(code);
    }

    private Reply.Keyboard keyboard(HelpRequest r, String language) {
        RequestStatus status = r.status();
        if (status == RequestStatus.SUBMITTED) {
            return rows(List.of(List.of(button(HqTexts.TAKE, language, TAKE, r))));
        }
        if (!status.open()) {
            return new Reply.Keyboard.Inline(List.of());
        }
        List<List<Button>> rows = new ArrayList<>();
        rows.add(
                status == RequestStatus.IN_PROGRESS
                        ? List.of(button(HqTexts.DONE, language, DONE, r))
                        : List.of(
                                button(HqTexts.IN_PROGRESS, language, PROGRESS, r),
                                button(HqTexts.DONE, language, DONE, r)));
        rows.add(List.of(button(HqTexts.CANNOT, language, CANNOT, r), button(HqTexts.RETURN, language, RETURN, r)));
        rows.add(
                r.holder() != null && CardButtons.isPerson(r.holder())
                        ? List.of(
                                button(HqTexts.CONTACTS, language, CONTACTS, r),
                                button(HqTexts.ASSIGN, language, VOLUNTEER, r))
                        : List.of(button(HqTexts.CONTACTS, language, CONTACTS, r)));
        return rows(rows);
    }

    /** The preset reasons for "Cannot fulfil" as buttons {@code q:why:<number>:<reason>}. */
    Reply.Message reasons(String number, String language) {
        List<List<Button>> rows = new ArrayList<>();
        Reasons.ALL.forEach(
                (id, text) -> rows.add(List.of(new Button(text.in(language), PREFIX + WHY + ":" + number + ":" + id))));
        return new Reply.Message(HqTexts.WHY.in(language).formatted(number), new Reply.Keyboard.Inline(rows));
    }

    private static Reply.Keyboard rows(List<List<Button>> rows) {
        return new Reply.Keyboard.Inline(rows);
    }

    private static Button button(Texts label, String language, String action, HelpRequest r) {
        return new Button(label.in(language), PREFIX + action + ":" + r.number());
    }

    private static String line(Texts label, String language, String value) {
        return label.in(language) + ": " + value;
    }
}
