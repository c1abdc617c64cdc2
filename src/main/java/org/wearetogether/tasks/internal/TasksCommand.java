package org.wearetogether.tasks.internal;

import java.util.ArrayList;
import java.util.List;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.tasks.Task;
import org.wearetogether.tasks.TaskState;

/**
 * {@code /tasks}: a volunteer's open tasks (offered or accepted), each with its details and buttons. Unlisted in
 * the command menu, which everyone shares; the task messages mention it.
 */
final class TasksCommand implements ChatCommand {

    private final MongoTasks tasks;
    private final HelpRequests requests;
    private final TaskMessages messages;
    private final CodeWordIssuing codeWords;

    TasksCommand(MongoTasks tasks, HelpRequests requests, TaskMessages messages, CodeWordIssuing codeWords) {
        this.tasks = tasks;
        this.requests = requests;
        this.messages = messages;
        this.codeWords = codeWords;
    }

    @Override
    public Description description() {
        return new Description("tasks", TaskTexts.TASKS_DESCRIPTION);
    }

    @Override
    public boolean listed() {
        return false;
    }

    @Override
    public List<Reply> run(Person person, String language, String args) {
        if (!person.chatId().equals(person.userId())) {
            // the tasks carry phones and addresses: never into a group
            return List.of(Reply.Message.plain(TaskTexts.TASKS_PRIVATE_ONLY.in(language)));
        }
        List<Task> open = tasks.liveOf(person.userId());
        if (open.isEmpty()) {
            return List.of(Reply.Message.plain(TaskTexts.NO_TASKS.in(language)));
        }
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.Message.plain(TaskTexts.TASKS_LIST.in(language).formatted(open.size())));
        for (Task task : open.subList(0, Math.min(10, open.size()))) {
            if (task.state() == TaskState.ACCEPTED) {
                // binds the word if accepting could not (the store failed then); changes nothing otherwise
                codeWords.issue(task);
            }
            replies.add(messages.task(task, requests.byNumber(task.number()).orElse(null), language));
        }
        return replies;
    }
}
