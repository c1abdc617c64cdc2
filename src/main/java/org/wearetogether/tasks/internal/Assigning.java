package org.wearetogether.tasks.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.access.Roles;
import org.wearetogether.access.Staff;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.tasks.Task;
import org.wearetogether.tasks.TaskState;
import org.wearetogether.tasks.Tasks;
import org.wearetogether.tasks.TasksSettings;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.Volunteers;

/**
 * The coordinator's side: the private list of volunteers, searching it, and offering the request to one of them.
 * Only the holder of a taken request (or an admin) picks; the store lets a request have one live task at a time.
 */
final class Assigning implements Tasks {

    private static final Logger log = LoggerFactory.getLogger(Assigning.class);
    static final Set<RequestStatus> TAKEN =
            Set.of(RequestStatus.ACCEPTED, RequestStatus.VOLUNTEER_ASSIGNED, RequestStatus.IN_PROGRESS);
    private static final Set<Actor.Role> PEOPLE = Set.of(Actor.Role.COORDINATOR, Actor.Role.ADMIN, Actor.Role.OPERATOR);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ID_CHARS = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final MongoTasks tasks;
    private final MongoTaskWaits waits;
    private final HelpRequests requests;
    private final Supplier<Volunteers> volunteers;
    private final Roles roles;
    private final VolunteerList list;
    private final RankingCandidates ranking;
    private final TaskMessages messages;
    private final Messenger messenger;
    private final TaskChanges changes;
    private final CodeWordIssuing codeWords;
    private final TasksSettings settings;
    private final Clock clock;

    Assigning(
            MongoTasks tasks,
            MongoTaskWaits waits,
            HelpRequests requests,
            Supplier<Volunteers> volunteers,
            Roles roles,
            VolunteerList list,
            RankingCandidates ranking,
            TaskMessages messages,
            Messenger messenger,
            TaskChanges changes,
            CodeWordIssuing codeWords,
            TasksSettings settings,
            Clock clock) {
        this.tasks = tasks;
        this.waits = waits;
        this.requests = requests;
        this.volunteers = volunteers;
        this.roles = roles;
        this.list = list;
        this.ranking = ranking;
        this.messages = messages;
        this.messenger = messenger;
        this.changes = changes;
        this.codeWords = codeWords;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Optional<Task> current(String number) {
        return tasks.latest(number);
    }

    @Override
    public Picking sendPicker(String number, String userId, String chatKey, String language) {
        HelpRequest request = requests.byNumber(number).orElse(null);
        if (!mayAssign(request, userId)) {
            return Picking.NOT_ALLOWED;
        }
        try {
            messenger.post(chatKey, list.page(request, 0, null, language));
        } catch (RuntimeException e) {
            log.info("Volunteer list of {} not delivered to {}: {}", number, chatKey, e.getMessage());
            return Picking.NOT_DELIVERED;
        }
        waits.await(chatKey, MongoTaskWaits.Kind.SEARCH, number, clock.instant());
        return Picking.SENT;
    }

    /** Another page of the list (a press in the coordinator's private chat). */
    List<Reply> page(Person person, String number, int page, String language) {
        HelpRequest request = requests.byNumber(number).orElse(null);
        if (!mayAssign(request, person.userId())) {
            return notice(TaskTexts.ONLY_HOLDER, language);
        }
        String search = waits.of(person.chatKey(), clock.instant())
                .filter(w -> w.kind() == MongoTaskWaits.Kind.SEARCH && number.equals(w.subject()))
                .map(MongoTaskWaits.Wait::search)
                .orElse(null);
        Reply.Message shown = list.page(request, page, search, language);
        return List.of(new Reply.EditPressed(shown.text(), shown.keyboard()));
    }

    /** A typed name while the coordinator picks: the list of those whose name contains it. */
    List<Reply> search(Person person, String number, String text, String language) {
        HelpRequest request = requests.byNumber(number).orElse(null);
        if (!mayAssign(request, person.userId())) {
            waits.clear(person.chatKey());
            return List.of(Reply.Message.plain(TaskTexts.ONLY_HOLDER.in(language)));
        }
        String term = text.strip().length() > 40 ? text.strip().substring(0, 40) : text.strip();
        waits.searched(person.chatKey(), term);
        return List.of(list.page(request, 0, term, language));
    }

    /** The coordinator chose a volunteer in the chat's list: {@link #offer(String, String, Staff, String)}, in words. */
    List<Reply> offer(Person person, String number, String volunteerUserId, String language) {
        Staff staff = new Staff(person.userId(), person.firstName(), language, Staff.Via.CHAT);
        return switch (offer(number, volunteerUserId, staff, person.chatKey())) {
            case Offered offered -> {
                String done = TaskTexts.OFFERED.in(language).formatted(number, offered.volunteerFirstName());
                yield List.of(
                        new Reply.Notice(done), new Reply.EditPressed(done, new Reply.Keyboard.Inline(List.of())));
            }
            case NotAllowed refused -> notice(TaskTexts.ONLY_HOLDER, language);
            case NotAvailable unavailable -> notice(TaskTexts.NOT_AVAILABLE, language);
            case NotReached lost -> notice(TaskTexts.NOT_REACHED.in(language).formatted(lost.volunteerFirstName()));
            case AlreadyOffered live ->
                notice(TaskTexts.ALREADY_OFFERED
                        .in(language)
                        .formatted(
                                number,
                                live.volunteerFirstName(),
                                live.state().label().in(language)));
            case Inactive gone -> notice(TaskTexts.INACTIVE, language);
        };
    }

    @Override
    public Offering offer(String number, String volunteerUserId, Staff staff) {
        return offer(number, volunteerUserId, staff, staff.privateChat());
    }

    @Override
    public Ranking candidates(String number, Staff staff, int limit) {
        HelpRequest request = requests.byNumber(number).orElse(null);
        if (!mayAssign(request, staff.userId())) {
            return new NotAllowed();
        }
        return new Ranked(ranking.rank(request, staff.language(), limit));
    }

    /**
     * The one way a request is offered: the offer is stored, then sent to the volunteer with the contacts; answers go
     * to {@code holderChatKey}, the staff member's private chat.
     */
    Offering offer(String number, String volunteerUserId, Staff staff, String holderChatKey) {
        HelpRequest request = requests.byNumber(number).orElse(null);
        if (!mayAssign(request, staff.userId())) {
            log.warn("Refused offer of {} by {}", number, staff.userId());
            return new NotAllowed();
        }
        Volunteer volunteer = volunteers.get().byUserId(volunteerUserId).orElse(null);
        if (volunteer == null || !volunteer.available() || !request.regionCode().equals(volunteer.regionCode())) {
            return new NotAvailable();
        }
        Instant now = clock.instant();
        Task task = new Task(
                newId(),
                number,
                request.regionCode(),
                TaskState.OFFERED,
                volunteer.userId(),
                volunteer.chatKey(),
                volunteer.firstName(),
                volunteer.language() == null ? "ru" : volunteer.language(),
                staff.userId(),
                holderChatKey,
                staff.language(),
                null,
                now,
                now.plus(settings.offerTimeout()),
                now);
        if (!tasks.offer(task)) {
            return tasks.live(number)
                    .<Offering>map(live -> new AlreadyOffered(live.volunteerFirstName(), live.state()))
                    .orElseGet(Inactive::new);
        }
        if (!deliver(task, request)) {
            tasks.move(task.id(), Set.of(TaskState.OFFERED), TaskState.WITHDRAWN, "not delivered", now);
            changes.changed(task.id(), staff.userId(), staff.name(), "task.undelivered", volunteer.userId());
            return new NotReached(volunteer.firstName());
        }
        // The volunteer does not see the word before accepting; binding it now means a second (or later) offer gives
        // the requester a new word at once, before anyone can come to the door with an old one.
        codeWords.issue(task);
        waits.clear(holderChatKey);
        changes.changed(task.id(), staff.userId(), staff.name(), "task.offer", volunteer.userId());
        return new Offered(volunteer.firstName());
    }

    private boolean deliver(Task task, HelpRequest request) {
        Reply.Message message = messages.task(task, request, task.volunteerLanguage());
        String text = message.text() + "\n\n" + TaskTexts.MY_TASKS_HINT.in(task.volunteerLanguage());
        try {
            String messageId = messenger.post(task.volunteerChatKey(), new Reply.Message(text, message.keyboard()));
            tasks.messagePosted(task.id(), messageId);
            return true;
        } catch (RuntimeException e) {
            log.info(
                    "Task {} of {} not delivered to {}: {}",
                    task.id(),
                    task.number(),
                    task.volunteerChatKey(),
                    e.getMessage());
            return false;
        }
    }

    /** The holder of a taken request who still coordinates its region, or an admin. */
    boolean mayAssign(HelpRequest request, String userId) {
        if (request == null
                || !TAKEN.contains(request.status())
                || request.holder() == null
                || !PEOPLE.contains(request.holder().role())) {
            return false;
        }
        if (roles.isAdmin(userId)) {
            return true;
        }
        return request.holder().id().equals(userId) && roles.mayCoordinate(userId, request.regionCode());
    }

    static String newId() {
        char[] id = new char[12];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_CHARS[RANDOM.nextInt(ID_CHARS.length)];
        }
        return new String(id);
    }

    private static List<Reply> notice(org.wearetogether.dialog.Texts text, String language) {
        return notice(text.in(language));
    }

    private static List<Reply> notice(String text) {
        return List.of(new Reply.Notice(text));
    }
}
