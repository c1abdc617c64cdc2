package org.wearetogether.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.wearetogether.dialog.DialogAction;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequest.ForWhom;
import org.wearetogether.intake.HelpRequestSubmitted;
import org.wearetogether.intake.HelpRequests;

/**
 * The completion action of {@code dialogs/request-help.yaml}: stores the request under a new number, announces it,
 * and tells the person the number and what happens next. Idempotent on the conversation: a re-submission after a
 * crash gets the same number and announces nothing again.
 */
final class SubmittingHelpRequest implements DialogAction {

    static final String NAME = "submit_help_request";

    private static final Texts ACCEPTED = Texts.of("""
            Спасибо! Ваша просьба принята.
            Номер просьбы: %s. Назовите его, если будете звонить на горячую линию.

            Что дальше: координатор регионального штаба позвонит%s, чтобы всё уточнить и подтвердить. \
            Новости по просьбе придут в этот чат. Посмотреть свои просьбы: /requests""", """
            Thank you! Your request has been received.
            Request number: %s. Please give it if you call the hotline.

            What happens next: a coordinator of the regional HQ will call%s to check the details and confirm. \
            Updates on the request will come to this chat. To see your requests: /requests""");
    private static final Texts FILED_FOR_CALLER = Texts.of("""
            Заявка записана. Номер: %s — продиктуйте его звонящему (%s).
            Координатор штаба позвонит, чтобы подтвердить. Новости по заявке придут в этот чат с её номером.""", """
            The request is filed. Number: %s — please read it out to the caller (%s).
            An HQ coordinator will call to confirm. Updates on the request will come to this chat with its number.""");
    private static final Texts CODE_WORD_FOR_RELATIVE = Texts.of("""
            🔑 Кодовое слово: «%s». Пожалуйста, передайте его тому, кому нужна помощь:             открывать дверь можно только тому, кто назовёт это слово. Волонтёр узнает его, когда возьмёт задачу.""", """
            🔑 Code word: "%s". Please pass it on to the person who needs help:             open the door only to someone who says this word. The volunteer gets it when they take the task.""");
    private static final Texts CODE_WORD_FOR_ME = Texts.of("""
            🔑 Кодовое слово: «%s». Открывайте дверь только тому, кто назовёт это слово.             Волонтёр узнает его, когда возьмёт задачу. Слово всегда видно в /requests.""", """
            🔑 Code word: "%s". Open the door only to someone who says this word.             The volunteer gets it when they take the task. You can always see it in /requests.""");
    private static final Texts CODE_WORD_FOR_CALLER = Texts.of("""
            🔑 Кодовое слово: «%s» — продиктуйте его звонящему: открывать дверь можно только тому,             кто назовёт это слово.""", """
            🔑 Code word: "%s" — please read it out to the caller: open the door only to someone who says this             word.""");
    private static final Texts CALLS_WHOM = Texts.of(" по номеру %s", " %s");

    private final HelpRequests requests;
    private final MongoCodeWords codeWords;
    private final OpenRequestsCap cap;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CatchingDuplicates duplicates;
    private final MongoRequestsByPhone byPhone;

    SubmittingHelpRequest(
            HelpRequests requests,
            MongoCodeWords codeWords,
            OpenRequestsCap cap,
            ApplicationEventPublisher events,
            Clock clock,
            CatchingDuplicates duplicates,
            MongoRequestsByPhone byPhone) {
        this.duplicates = duplicates;
        this.byPhone = byPhone;
        this.requests = requests;
        this.codeWords = codeWords;
        this.cap = cap;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Result run(Submission submission) {
        Optional<Result> refused = overTheCap(submission);
        if (refused.isPresent()) {
            return refused.get();
        }
        Instant now = clock.instant();
        HelpRequest draft = RequestAnswers.draft(submission, now);
        String notice = null;
        if (requests.byConversation(submission.conversationId()).isEmpty()) {
            CatchingDuplicates.Verdict verdict = duplicates.check(submission, draft);
            switch (verdict) {
                case CatchingDuplicates.Ask ask -> {
                    return Result.asking(ask.decision());
                }
                case CatchingDuplicates.Added added -> {
                    return new Result(added.number(), List.of(Reply.Message.plain(added.text())));
                }
                case CatchingDuplicates.File file -> {
                    draft = RequestAnswers.draft(withAnswers(submission, file.answers()), now);
                    notice = file.notice();
                }
            }
        }
        HelpRequests.Submitted submitted = requests.submit(draft);
        HelpRequest request = submitted.request();
        // again at every re-submission: a crash between storing the request and this leaves nothing missing
        byPhone.remember(request);
        if (submitted.created()) {
            events.publishEvent(new HelpRequestSubmitted(
                    request.number(), request.regionCode(), request.urgency(), request.needs(), request.createdAt()));
        }
        String language = submission.language();
        List<Reply> replies = new ArrayList<>();
        if (notice != null) {
            replies.add(Reply.Message.plain(notice));
        }
        replies.add(Reply.Message.plain(acceptedText(request, language)));
        // A message of its own, so that it is easy to find and to forward to the person being helped.
        codeWords
                .atFiling(request.number())
                .ifPresent(word -> replies.add(
                        Reply.Message.plain(codeWordText(request).in(language).formatted(word))));
        return new Result(request.number(), replies);
    }

    private static Submission withAnswers(Submission s, Map<String, Object> answers) {
        return new Submission(
                s.dialogId(),
                s.dialogVersion(),
                s.conversationId(),
                s.person(),
                s.language(),
                answers,
                s.submittedAt());
    }

    private static Texts codeWordText(HelpRequest request) {
        if (request.source().intakeOperator() != null) {
            return CODE_WORD_FOR_CALLER;
        }
        return request.forWhom() == ForWhom.RELATIVE ? CODE_WORD_FOR_RELATIVE : CODE_WORD_FOR_ME;
    }

    /**
     * The cap checked again at submit, for a person's own request (operators filing for callers are exempt) that this
     * conversation has not stored before (a re-submission after a crash is answered as the first time).
     */
    private Optional<Result> overTheCap(Submission submission) {
        if (!OpenRequestsCap.REQUEST_HELP.equals(submission.dialogId())
                || requests.byConversation(submission.conversationId()).isPresent()) {
            return Optional.empty();
        }
        return cap.refusal(submission.person().chatKey(), submission.language())
                .map(replies -> new Result(null, replies));
    }

    private static String acceptedText(HelpRequest request, String language) {
        if (request.source().intakeOperator() != null) {
            return FILED_FOR_CALLER
                    .in(language)
                    .formatted(request.number(), request.requester().name());
        }
        // For a relative the HQ confirms with the person who needs help, so say which number it will call.
        String callsWhom = request.forWhom() == ForWhom.RELATIVE
                        && request.beneficiary().phone() != null
                ? CALLS_WHOM.in(language).formatted(request.beneficiary().phone())
                : "";
        return ACCEPTED.in(language).formatted(request.number(), callsWhom);
    }
}
