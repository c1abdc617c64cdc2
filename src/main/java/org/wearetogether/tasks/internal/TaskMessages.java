package org.wearetogether.tasks.internal;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Reply.Button;
import org.wearetogether.dialog.Texts;
import org.wearetogether.intake.CodeWords;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.tasks.Task;
import org.wearetogether.tasks.TaskState;

/**
 * The task as the volunteer sees it: everything needed to help, contacts and the full address included (only the
 * volunteer the task is offered to gets it, and only while the task is live: an ended task's message is edited to
 * drop them), the request's code word once the task is accepted, and the buttons of its state:
 * {@code t:<action>:<task id>}.
 */
final class TaskMessages {

    static final String PREFIX = "t:";
    static final String ACCEPT = "acc";
    static final String DECLINE = "dec";
    static final String DECLINE_WHY = "decw";
    static final String DONE = "done";
    static final String CANNOT = "cant";
    static final String CANNOT_WHY = "cantw";
    static final String SHOW = "show";
    static final String PAGE = "page";
    static final String OFFER = "offer";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM HH:mm");

    private final OptionWords words;
    /** The time zone of a region (its capital's), for the answer-by time. */
    private final Function<String, ZoneId> zoneOfRegion;

    /** The request's code word, read only for an accepted task and only when bound to that very task. */
    private final CodeWords codeWords;

    TaskMessages(OptionWords words, CodeWords codeWords) {
        this(words, code -> ZoneOffset.UTC, codeWords);
    }

    TaskMessages(OptionWords words, Function<String, ZoneId> zoneOfRegion, CodeWords codeWords) {
        this.words = words;
        this.zoneOfRegion = zoneOfRegion;
        this.codeWords = codeWords;
    }

    Reply.Message task(Task task, HelpRequest r, String language) {
        List<String> lines = new ArrayList<>();
        lines.add(TaskTexts.TASK_TITLE.in(language).formatted(task.number()));
        if (r != null && task.state().live()) {
            lines.addAll(details(r, language));
        } else if (r != null) {
            lines.add(line(TaskTexts.NEEDS, language, needs(r, language)));
        }
        lines.add(line(TaskTexts.STATE, language, task.state().label().in(language)));
        if (r != null) {
            codeWordLine(task, language).ifPresent(lines::add);
        }
        if (task.state() == TaskState.OFFERED && task.dueAt() != null) {
            ZoneId zone = zoneOfRegion.apply(task.regionCode());
            lines.add(TaskTexts.ANSWER_WITHIN
                    .in(language)
                    .formatted(TIME.format(task.dueAt().atZone(zone))));
        }
        return new Reply.Message(String.join("\n", lines), keyboard(task, language));
    }

    /**
     * An offered task only promises the word; an accepted one shows it (its volunteer is the only one who may know
     * it); an ended one says nothing of it, so editing the message on its end takes the word away again.
     */
    private Optional<String> codeWordLine(Task task, String language) {
        return switch (task.state()) {
            case OFFERED -> Optional.of(TaskTexts.CODE_WORD_AFTER_ACCEPT.in(language));
            case ACCEPTED ->
                Optional.of(codeWords
                        .ofTask(task.number(), task.id())
                        .map(word -> TaskTexts.CODE_WORD.in(language).formatted(word))
                        .orElse(TaskTexts.CODE_WORD_PENDING.in(language)));
            default -> Optional.empty();
        };
    }

    private List<String> details(HelpRequest r, String language) {
        List<String> lines = new ArrayList<>();
        lines.add(line(TaskTexts.NEEDS, language, needs(r, language)));
        lines.add(line(TaskTexts.URGENCY, language, words.name("urgency", r.urgency(), language)));
        if (r.voiceNote().isPresent()) {
            lines.add(line(TaskTexts.DETAILS, language, TaskTexts.VOICE_DETAILS.in(language)));
        } else if (r.details() != null && !r.details().isBlank()) {
            lines.add(line(TaskTexts.DETAILS, language, r.details()));
        }
        var b = r.beneficiary();
        if (b != null) {
            lines.add(line(TaskTexts.FOR, language, person(b.name(), b.phone(), language)));
        }
        var q = r.requester();
        if (q != null && b != null && !(Objects.equals(q.name(), b.name()) && Objects.equals(q.phone(), b.phone()))) {
            lines.add(line(TaskTexts.ASKED_BY, language, person(q.name(), q.phone(), language)));
        }
        lines.add(line(TaskTexts.ADDRESS, language, address(r)));
        return lines;
    }

    private String needs(HelpRequest r, String language) {
        return r.needs().stream().map(id -> words.name("needs", id, language)).collect(Collectors.joining(", "));
    }

    private static String person(String name, String phone, String language) {
        String shown = name == null ? "—" : name;
        return phone == null ? shown : shown + ", " + TaskTexts.PHONE.in(language) + " " + phone;
    }

    static String address(HelpRequest r) {
        if (r.address() == null) {
            return "—";
        }
        if (r.address().text() != null) {
            return r.address().text();
        }
        return "https://maps.google.com/?q=" + r.address().latitude() + ","
                + r.address().longitude();
    }

    private static Reply.Keyboard keyboard(Task task, String language) {
        return switch (task.state()) {
            case OFFERED ->
                inline(List.of(List.of(
                        button(TaskTexts.ACCEPT, language, ACCEPT, task),
                        button(TaskTexts.DECLINE, language, DECLINE, task))));
            case ACCEPTED ->
                inline(List.of(List.of(
                        button(TaskTexts.DONE, language, DONE, task),
                        button(TaskTexts.CANNOT, language, CANNOT, task))));
            default -> new Reply.Keyboard.Inline(List.of());
        };
    }

    /** The preset reasons of a decline or a "cannot do", and a way back to the task. */
    Reply.EditPressed reasons(Task task, boolean decline, String language) {
        Map<String, Texts> reasons = decline ? TaskTexts.DECLINE_REASONS : TaskTexts.CANNOT_REASONS;
        String action = decline ? DECLINE_WHY : CANNOT_WHY;
        List<List<Button>> rows = new ArrayList<>();
        reasons.forEach((id, text) ->
                rows.add(List.of(new Button(text.in(language), PREFIX + action + ":" + task.id() + ":" + id))));
        rows.add(List.of(button(TaskTexts.BACK, language, SHOW, task)));
        Texts question = decline ? TaskTexts.WHY_DECLINE : TaskTexts.WHY_CANNOT;
        return new Reply.EditPressed(question.in(language).formatted(task.number()), inline(rows));
    }

    private static Reply.Keyboard inline(List<List<Button>> rows) {
        return new Reply.Keyboard.Inline(rows);
    }

    private static Button button(Texts label, String language, String action, Task task) {
        return new Button(label.in(language), PREFIX + action + ":" + task.id());
    }

    private static String line(Texts label, String language, String value) {
        return label.in(language) + ": " + value;
    }
}
