package org.wearetogether.intake.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.wearetogether.chat.Pseudonyms;
import org.wearetogether.dialog.DialogAction.Choice;
import org.wearetogether.dialog.DialogAction.Decision;
import org.wearetogether.dialog.DialogAction.Submission;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Texts;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.RequestNote;
import org.wearetogether.intake.RequestNotes;
import org.wearetogether.intake.SamePerson;

/**
 * Catches the same person filed twice: when the beneficiary's phone has an open request, the person filing (a
 * requester, or an operator with {@code /call}) is asked, after Send, whether to add their details to it or to file a
 * new one anyway. The question names that request's number and nothing else of it: no name, phone or address of the
 * other requester or of the person helped.
 */
final class CatchingDuplicates {

    /** The answers key of the person's choice (the engine stores it there and submits again). */
    static final String DECISION_KEY = "same_person";

    private static final String ADD = "add:";
    private static final String NEW = "new:";

    private final MongoRequestsByPhone byPhone;
    private final RequestNotes notes;
    private final NeedNames needs;
    private final ChoiceNames choices;
    private final Pseudonyms pseudonyms;

    CatchingDuplicates(
            MongoRequestsByPhone byPhone,
            RequestNotes notes,
            NeedNames needs,
            ChoiceNames choices,
            Pseudonyms pseudonyms) {
        this.byPhone = byPhone;
        this.notes = notes;
        this.needs = needs;
        this.choices = choices;
        this.pseudonyms = pseudonyms;
    }

    /** What to do with a submission not stored before. */
    sealed interface Verdict {}

    /** Ask first. */
    record Ask(Decision decision) implements Verdict {}

    /** The details went into an open request instead; nothing new is filed. */
    record Added(String number, String text) implements Verdict {}

    /** File the request with these answers; {@code notice} (or null) is said before the usual answer. */
    record File(Map<String, Object> answers, String notice) implements Verdict {}

    Verdict check(Submission s, HelpRequest draft) {
        Map<String, Object> answers = new HashMap<>(s.answers());
        Object choice = answers.remove(DECISION_KEY);
        String language = s.language();
        if (choice == null) {
            String phone =
                    draft.beneficiary() == null ? null : draft.beneficiary().phone();
            List<MongoRequestsByPhone.Match> open = byPhone.openFor(phone);
            return open.isEmpty() ? new File(answers, null) : new Ask(question(open, s));
        }
        String chosen = choice.toString();
        if (chosen.startsWith(NEW)) {
            answers.put(SamePerson.ANSWER_KEY, chosen.substring(NEW.length()));
            return new File(answers, null);
        }
        if (chosen.startsWith(ADD)) {
            String number = chosen.substring(ADD.length());
            if (addDetails(number, s, draft)) {
                Texts added = isOperator(s) ? DuplicateTexts.ADDED_FOR_CALLER : DuplicateTexts.ADDED;
                return new Added(number, added.in(language).formatted(number));
            }
            // closed (or erased) between the question and the answer: filed as usual, and the person is told
            return new File(
                    answers, DuplicateTexts.CLOSED_MEANWHILE.in(language).formatted(number));
        }
        return new File(answers, null);
    }

    private Decision question(List<MongoRequestsByPhone.Match> open, Submission s) {
        String language = s.language();
        MongoRequestsByPhone.Match newest = open.get(0);
        boolean own = !isOperator(s) && s.person().chatKey().equals(newest.requesterChatKey());
        String others = open.size() == 1
                ? ""
                : DuplicateTexts.ALSO_OPEN
                        .in(language)
                        .formatted(open.subList(1, open.size()).stream()
                                .map(m -> "№ " + m.number())
                                .collect(Collectors.joining(", ")));
        String text = (own ? DuplicateTexts.FOUND_OWN : DuplicateTexts.FOUND)
                .in(language)
                .formatted(newest.number(), others);
        return new Decision(
                DECISION_KEY,
                text,
                List.of(
                        new Choice(
                                ADD + newest.number(),
                                DuplicateTexts.ADD.in(language).formatted(newest.number())),
                        new Choice(NEW + newest.number(), DuplicateTexts.FILE_NEW.in(language))));
    }

    /**
     * Adds the new filing's details to the open request as a note. Idempotent: a submission that arrives again (after
     * a crash) finds its note there and adds none.
     */
    private boolean addDetails(String number, Submission s, HelpRequest draft) {
        Actor author = author(s);
        String text = noteText(s, draft);
        boolean there = notes.notes(number).stream()
                .anyMatch(n -> n.kind() == RequestNote.Kind.DETAILS_ADDED
                        && n.author().sameAs(author)
                        && n.text().equals(text));
        if (there) {
            return true;
        }
        Instant at = s.submittedAt();
        return notes.add(number, RequestNote.Kind.DETAILS_ADDED, author, text, at)
                .isPresent();
    }

    /**
     * Who added: an operator by their id, as on the requests they file; a requester by their pseudonym only, so that
     * another person's request never holds their id (and forgetting them needs no change there).
     */
    private Actor author(Submission s) {
        Person person = s.person();
        if (isOperator(s)) {
            return new Actor(
                    Actor.Role.OPERATOR, person.userId(), person.firstName() == null ? "operator" : person.firstName());
        }
        String id = person.userId() != null ? person.userId() : person.chatKey();
        return new Actor(Actor.Role.REQUESTER, pseudonyms.of(id), "requester");
    }

    /** What was needed, how urgently, the details, and from whom: never names, phones or the address. */
    String noteText(Submission s, HelpRequest draft) {
        String language = s.language();
        Texts from = isOperator(s)
                ? DuplicateTexts.BY_OPERATOR
                : draft.forWhom() == HelpRequest.ForWhom.RELATIVE
                        ? DuplicateTexts.FROM_RELATIVE
                        : DuplicateTexts.FROM_THE_PERSON;
        List<String> lines = new ArrayList<>();
        lines.add(DuplicateTexts.NOTE_HEADER.in(language).formatted(from.in(language)));
        if (!draft.needs().isEmpty()) {
            String named =
                    draft.needs().stream().map(id -> needs.name(id, language)).collect(Collectors.joining(", "));
            lines.add(Labels.NEEDS.in(language) + ": " + named);
        }
        if (draft.urgency() != null) {
            lines.add(Labels.URGENCY.in(language) + ": "
                    + choices.name(RequestAnswers.URGENCY, draft.urgency(), language));
        }
        if (draft.details() != null && !draft.details().isBlank()) {
            lines.add(Labels.DETAILS.in(language) + ": " + draft.details());
        }
        return String.join("\n", lines);
    }

    private static boolean isOperator(Submission s) {
        return RequestAnswers.OPERATOR_CALL.equals(s.dialogId());
    }
}
