package org.wearetogether.tasks.internal;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;
import org.wearetogether.intake.CodeWords;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.tasks.Task;

/**
 * Binds the request's code word to a task and, when that gave the request a new word (any task after the first),
 * tells the requester the new word. Called when an offer reaches the volunteer, again when they accept (in case the
 * first call failed) and by {@code /tasks}; each call after the first for a task changes nothing. A requester who
 * cannot be reached for the moment is told by the tasks' sweep later (the store marks the word untold until then).
 * The word itself is never logged.
 */
final class CodeWordIssuing {

    private static final Logger log = LoggerFactory.getLogger(CodeWordIssuing.class);
    private static final int RETRY_BATCH = 50;

    static final Texts NEW_WORD = Texts.of("""
            🔑 Новое кодовое слово по просьбе № %s: «%s». Прежнее больше не действует.
            Пожалуйста, передайте его тому, кому нужна помощь: открывать дверь можно только тому, \
            кто назовёт это слово.""", """
            🔑 New code word for request No. %s: "%s". The old one no longer counts.
            Please pass it on to the person who needs help: open the door only to someone who says this word.""");
    static final Texts NEW_WORD_FOR_CALLER = Texts.of("""
            🔑 Новое кодовое слово по заявке № %s: «%s». Прежнее больше не действует.
            Пожалуйста, позвоните и сообщите его звонящему (%s): открывать дверь можно только тому, \
            кто назовёт это слово.""", """
            🔑 New code word for request No. %s: "%s". The old one no longer counts.
            Please call the caller (%s) and tell them: open the door only to someone who says this word.""");

    private final CodeWords codeWords;
    private final MongoTasks tasks;
    private final HelpRequests requests;
    private final Messenger messenger;

    CodeWordIssuing(CodeWords codeWords, MongoTasks tasks, HelpRequests requests, Messenger messenger) {
        this.codeWords = codeWords;
        this.tasks = tasks;
        this.requests = requests;
        this.messenger = messenger;
    }

    /**
     * The task's word, bound to it now if it was not; empty when the request's data is erased or the store failed
     * (then the volunteer's message says the word will come, and the next call tries again).
     */
    Optional<String> issue(Task task) {
        try {
            boolean first = tasks.onlyTaskOf(task.number(), task.id());
            Optional<CodeWords.Issued> issued = codeWords.issueFor(task.number(), task.id(), first);
            issued.filter(CodeWords.Issued::renewed).ifPresent(i -> tellRequester(task.number(), i.word()));
            return issued.map(CodeWords.Issued::word);
        } catch (RuntimeException e) {
            log.warn("Code word of {} not bound to task {}: {}", task.number(), task.id(), e.toString());
            return Optional.empty();
        }
    }

    /**
     * Tells the requesters of renewed words that could not be told before (the channel was down); called by the
     * tasks' sweep. A word renewed again meanwhile is told as it is now.
     *
     * @return how many were told
     */
    int retryUntold() {
        int told = 0;
        for (String number : codeWords.untold(RETRY_BATCH)) {
            Optional<String> word = codeWords.current(number);
            if (word.isPresent() && tellRequester(number, word.get())) {
                told++;
            }
        }
        return told;
    }

    /** True once told, or once telling is known to be impossible; false to try again on the next sweep. */
    private boolean tellRequester(String number, String word) {
        HelpRequest request = requests.byNumber(number).orElse(null);
        if (request == null || request.requester() == null) {
            codeWords.told(number, word); // erased meanwhile: nobody to tell
            return true;
        }
        HelpRequest.Requester requester = request.requester();
        String text = request.source().intakeOperator() == null
                ? NEW_WORD.in(requester.language()).formatted(number, word)
                : NEW_WORD_FOR_CALLER.in(requester.language()).formatted(number, word, requester.name());
        try {
            messenger.post(requester.chatKey(), Reply.Message.plain(text));
        } catch (ChannelSender.NotDelivered e) {
            if (!e.permanent()) {
                log.info("Requester of {} not yet told of a new code word, will retry: {}", number, e.getMessage());
                return false;
            }
            // A blocked bot: the word stays in /requests; trying again would fail the same way.
            log.warn("Requester of {} cannot be told of a new code word: {}", number, e.getMessage());
        } catch (RuntimeException e) {
            log.info("Requester of {} not yet told of a new code word, will retry: {}", number, e.toString());
            return false;
        }
        codeWords.told(number, word);
        log.info("Requester of {} told of a new code word", number);
        return true;
    }
}
