package org.wearetogether.tasks.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.chat.ChatButtons;
import org.wearetogether.chat.ChatFollowUp;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;
import org.wearetogether.tasks.Task;

/**
 * The {@code t:} buttons in private chats, parsed strictly (data may be forged): the coordinator's list
 * ({@code t:page:<number>:<page>}, {@code t:offer:<number>:<user id>}) and the volunteer's task
 * ({@code t:<acc|dec|done|cant|show>:<task id>}, {@code t:<decw|cantw>:<task id>:<reason>}); and the typed text they
 * may be waiting for: a name to search for, or a reason.
 */
final class TaskButtons implements ChatButtons, ChatFollowUp {

    private static final Logger log = LoggerFactory.getLogger(TaskButtons.class);
    private static final String NUMBER = "([A-Z0-9]{2,8}-\\d{1,12})";
    private static final String ID = "([a-z0-9]{12})";
    private static final Pattern LIST = Pattern.compile("t:(page|offer):" + NUMBER + ":([0-9A-Za-z_-]{1,24})");
    private static final Pattern TASK = Pattern.compile("t:(acc|dec|done|cant|show):" + ID);
    private static final Pattern REASON = Pattern.compile("t:(decw|cantw):" + ID + ":([a-z]{1,12})");
    private static final int MAX_REASON = 300;

    private final Assigning assigning;
    private final Answering answering;
    private final MongoTasks tasks;
    private final MongoTaskWaits waits;
    private final Clock clock;

    TaskButtons(Assigning assigning, Answering answering, MongoTasks tasks, MongoTaskWaits waits, Clock clock) {
        this.assigning = assigning;
        this.answering = answering;
        this.tasks = tasks;
        this.waits = waits;
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return TaskMessages.PREFIX;
    }

    @Override
    public List<Reply> press(Person person, String language, String data) {
        Matcher list = LIST.matcher(data);
        if (list.matches()) {
            return list.group(1).equals(TaskMessages.PAGE)
                    ? page(person, list.group(2), list.group(3), language)
                    : assigning.offer(person, list.group(2), list.group(3), language);
        }
        Matcher task = TASK.matcher(data);
        if (task.matches()) {
            String id = task.group(2);
            return switch (task.group(1)) {
                case TaskMessages.ACCEPT -> answering.accept(person, id, language);
                case TaskMessages.DECLINE -> answering.askReason(person, id, true, language);
                case TaskMessages.DONE -> answering.done(person, id, language);
                case TaskMessages.CANNOT -> answering.askReason(person, id, false, language);
                default -> answering.show(person, id, language);
            };
        }
        Matcher reason = REASON.matcher(data);
        if (reason.matches()) {
            boolean decline = reason.group(1).equals(TaskMessages.DECLINE_WHY);
            Texts preset = (decline ? TaskTexts.DECLINE_REASONS : TaskTexts.CANNOT_REASONS).get(reason.group(3));
            if (preset != null) {
                String id = reason.group(2);
                String words = preset.in(holderLanguage(id));
                return decline
                        ? answering.decline(person, id, words, language, true)
                        : answering.cannot(person, id, words, language, true);
            }
        }
        log.warn("Forged or stale task data '{}' pressed by {}", data, person.userId());
        return List.of(new Reply.Notice(TaskTexts.INACTIVE.in(language)));
    }

    private List<Reply> page(Person person, String number, String page, String language) {
        if (!page.matches("\\d{1,4}")) {
            return List.of(new Reply.Notice(TaskTexts.INACTIVE.in(language)));
        }
        return assigning.page(person, number, Integer.parseInt(page), language);
    }

    @Override
    public Optional<List<Reply>> heard(Person person, String language, String text) {
        if (text == null || text.isBlank() || text.startsWith("/")) {
            return Optional.empty();
        }
        MongoTaskWaits.Wait wait = waits.of(person.chatKey(), clock.instant()).orElse(null);
        if (wait == null) {
            return Optional.empty();
        }
        String typed = text.strip().length() > MAX_REASON ? text.strip().substring(0, MAX_REASON) : text.strip();
        return Optional.of(
                switch (wait.kind()) {
                    case SEARCH -> assigning.search(person, wait.subject(), typed, language);
                    case DECLINE -> answering.decline(person, wait.subject(), typed, language, false);
                    case CANNOT -> answering.cannot(person, wait.subject(), typed, language, false);
                });
    }

    private String holderLanguage(String taskId) {
        return tasks.byId(taskId).map(Task::holderLanguage).orElse("ru");
    }
}
