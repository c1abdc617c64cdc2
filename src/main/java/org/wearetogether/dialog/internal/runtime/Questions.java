package org.wearetogether.dialog.internal.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wearetogether.dialog.Conversation;
import org.wearetogether.dialog.DialogAction;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Reply.Button;
import org.wearetogether.dialog.Reply.Keyboard;
import org.wearetogether.dialog.Texts;
import org.wearetogether.dialog.internal.definition.DialogDefinition;
import org.wearetogether.dialog.internal.definition.StepDefinition;
import org.wearetogether.dialog.internal.definition.StepKind;
import org.wearetogether.regions.Region;
import org.wearetogether.regions.RegionCatalogue;

/** Renders the current question of a conversation: its text and its buttons, bound to the conversation. */
final class Questions {

    private final String hotline;
    private final List<org.wearetogether.dialog.HelpOfferButton> wayOut;

    private final AnswerDisplay display;
    private final RegionCatalogue regions;

    Questions(AnswerDisplay display, RegionCatalogue regions, String hotline) {
        this(display, regions, hotline, List.of());
    }

    Questions(
            AnswerDisplay display,
            RegionCatalogue regions,
            String hotline,
            List<org.wearetogether.dialog.HelpOfferButton> wayOut) {
        this.wayOut = List.copyOf(wayOut);
        this.hotline = hotline == null ? "" : hotline.strip();
        this.display = display;
        this.regions = regions;
    }

    /** The current question, after {@code prefix} (a hint or a notice) when there is one. */
    Reply.Message ask(DialogDefinition dialog, Conversation c, String prefix) {
        if (c.mode() == Conversation.Mode.CONFIRMING_CANCEL) {
            return confirmCancel(c);
        }
        if (c.mode() == Conversation.Mode.DECIDING && PendingDecision.in(c.answers()) != null) {
            return decision(c, prefix);
        }
        StepDefinition step = dialog.step(c.step());
        String text = questionText(dialog, step, c);
        String full = prefix == null ? text : prefix + "\n\n" + text;
        return new Reply.Message(full, keyboard(dialog, step, c));
    }

    /** The question's text alone, e.g. for a multiple choice message edited in place. */
    String questionText(DialogDefinition dialog, StepDefinition step, Conversation c) {
        String ask = display.fill(step.ask().in(c.language()), dialog, c.answers(), c.language());
        return step.kind() instanceof StepKind.Summary ? ask + "\n\n" + summaryLines(dialog, c) : ask;
    }

    Keyboard keyboard(DialogDefinition dialog, StepDefinition step, Conversation c) {
        if (requestsSharing(step, c.answers())) {
            return requestKeyboard(step, c);
        }
        List<List<Button>> rows = new ArrayList<>();
        StepKind kind = step.kind();
        if (kind instanceof StepKind.SingleChoice choice) {
            options(rows, choice.options(), List.of(), c);
        } else if (kind instanceof StepKind.MultipleChoice multi) {
            options(rows, multi.options(), selection(c.answers().get(step.id())), c);
            rows.add(List.of(button(c, EngineTexts.DONE, "done")));
        } else if (kind instanceof StepKind.Region region) {
            regionButtons(rows, region.suggested(), c);
        } else if (kind instanceof StepKind.Consent consent) {
            rows.add(List.of(new Button(consent.accept().in(c.language()), data(c, "a"))));
            rows.add(List.of(new Button(consent.decline().in(c.language()), data(c, "x"))));
        } else if (kind instanceof StepKind.Summary summary) {
            summaryButtons(rows, dialog, summary, c);
        }
        rows.add(navigation(step, c));
        return new Keyboard.Inline(rows);
    }

    Reply.Message confirmCancel(Conversation c) {
        List<Button> row = List.of(button(c, EngineTexts.YES, "y"), button(c, EngineTexts.NO, "n"));
        return new Reply.Message(EngineTexts.CONFIRM_CANCEL.in(c.language()), new Keyboard.Inline(List.of(row)));
    }

    /**
     * The completion action's question after Send: one button per choice ({@code k:<index>}), then Back (to the
     * summary) and Cancel.
     */
    Reply.Message decision(Conversation c, String prefix) {
        DialogAction.Decision decision = PendingDecision.in(c.answers());
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < decision.choices().size(); i++) {
            rows.add(List.of(new Button(decision.choices().get(i).label(), data(c, "k:" + i))));
        }
        rows.add(List.of(button(c, EngineTexts.BACK, "b"), button(c, EngineTexts.CANCEL, "c")));
        String text = prefix == null ? decision.text() : prefix + "\n\n" + decision.text();
        return new Reply.Message(text, new Keyboard.Inline(rows));
    }

    Reply.Message candidates(Conversation c, List<Region> candidates) {
        List<List<Button>> rows = new ArrayList<>();
        regionButtons(rows, candidates.stream().map(Region::code).toList(), c);
        rows.add(List.of(button(c, EngineTexts.CANCEL, "c")));
        return new Reply.Message(EngineTexts.DID_YOU_MEAN.in(c.language()), new Keyboard.Inline(rows));
    }

    Reply.Message helpOffer(Conversation c, String hint) {
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(button(c, EngineTexts.RESTART, "r"), button(c, EngineTexts.CANCEL, "c")));
        for (var way : wayOut) {
            if (!way.notIn().equals(c.dialogId())) {
                rows.add(List.of(new Button(way.label().in(c.language()), way.data())));
            }
        }
        String text = EngineTexts.format(EngineTexts.HELP_OFFER, c.language(), hint);
        if (!hotline.isEmpty()) {
            text += "\n" + EngineTexts.format(EngineTexts.CALL_HOTLINE, c.language(), hotline);
        }
        return new Reply.Message(text, new Keyboard.Inline(rows));
    }

    /** Whether the step shows a keyboard that shares a contact or location (removed once the step is left). */
    static boolean requestsSharing(StepDefinition step, Map<String, Object> answers) {
        if (step.kind() instanceof StepKind.Phone phone) {
            return phone.offerOwnContact() != null && phone.offerOwnContact().holdsFor(answers);
        }
        return step.kind() instanceof StepKind.Address address && address.allowLocation();
    }

    private Keyboard requestKeyboard(StepDefinition step, Conversation c) {
        boolean contact = step.kind() instanceof StepKind.Phone;
        Texts label = contact ? EngineTexts.SHARE_CONTACT : EngineTexts.SHARE_LOCATION;
        List<String> texts = navigation(step, c).stream().map(Button::label).toList();
        return new Keyboard.Request(
                new Reply.RequestButton(
                        label.in(c.language()), contact ? Reply.Requested.CONTACT : Reply.Requested.LOCATION),
                texts);
    }

    private List<Button> navigation(StepDefinition step, Conversation c) {
        List<Button> row = new ArrayList<>(3);
        if (!c.path().isEmpty() || c.editing()) {
            row.add(button(c, EngineTexts.BACK, "b"));
        }
        if (step.optional()) {
            row.add(button(c, EngineTexts.SKIP, "s"));
        }
        row.add(button(c, EngineTexts.CANCEL, "c"));
        return row;
    }

    private String summaryLines(DialogDefinition dialog, Conversation c) {
        StringBuilder lines = new StringBuilder();
        for (String stepId : c.path()) {
            StepDefinition step = dialog.step(stepId);
            Object answer = c.answers().get(stepId);
            if (answer != null && step.label() != null) {
                lines.append(step.label().in(c.language()))
                        .append(": ")
                        .append(display.value(step, answer, c.language()))
                        .append('\n');
            }
        }
        return lines.toString().strip();
    }

    private void summaryButtons(
            List<List<Button>> rows, DialogDefinition dialog, StepKind.Summary kind, Conversation c) {
        List<String> steps = List.copyOf(dialog.steps().keySet());
        for (String stepId : c.path()) {
            StepDefinition step = dialog.step(stepId);
            if (c.answers().containsKey(stepId) && step.label() != null) {
                String label = EngineTexts.EDIT.in(c.language()) + step.label().in(c.language());
                rows.add(List.of(new Button(label, data(c, "e:" + steps.indexOf(stepId)))));
            }
        }
        rows.add(List.of(new Button(kind.submit().in(c.language()), data(c, "sub"))));
    }

    private void regionButtons(List<List<Button>> rows, List<String> codes, Conversation c) {
        List<Button> row = new ArrayList<>(2);
        for (String code : codes) {
            regions.byCode(code).ifPresent(r -> row.add(new Button(r.name(c.language()), data(c, "g:" + code))));
            if (row.size() == 2) {
                rows.add(List.copyOf(row));
                row.clear();
            }
        }
        if (!row.isEmpty()) {
            rows.add(List.copyOf(row));
        }
    }

    private static void options(
            List<List<Button>> rows, List<StepKind.Option> options, List<String> ticked, Conversation c) {
        for (int i = 0; i < options.size(); i++) {
            StepKind.Option option = options.get(i);
            String mark = ticked.contains(option.id()) ? "✅ " : "";
            rows.add(List.of(new Button(mark + option.text().in(c.language()), data(c, "o:" + i))));
        }
    }

    static List<String> selection(Object answer) {
        return answer instanceof List<?> chosen
                ? chosen.stream().map(String::valueOf).toList()
                : List.of();
    }

    private static Button button(Conversation c, Texts label, String payload) {
        return new Button(label.in(c.language()), data(c, payload));
    }

    private static String data(Conversation c, String payload) {
        return new ButtonData(c.id(), c.prompt(), payload).encode();
    }
}
