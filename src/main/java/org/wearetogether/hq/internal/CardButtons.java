package org.wearetogether.hq.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.access.Audit;
import org.wearetogether.access.Roles;
import org.wearetogether.access.Staff;
import org.wearetogether.chat.ChatButtons;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;
import org.wearetogether.dialog.VoiceNote;
import org.wearetogether.hq.RequestDesk;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.tasks.Tasks;

/**
 * The buttons of HQ cards ({@code q:<action>:<number>[:<reason>]}). Every press is authorized where it happens:
 * only coordinators of the request's region (or admins) act, and only in a bound HQ chat; anything else, and any
 * data that does not parse, changes nothing and is logged. The actions themselves are the {@link RequestDesk}'s (the
 * console's too: one implementation), and the request's lifecycle decides whether the change is allowed now, so a
 * replayed press of an old card changes nothing either.
 */
final class CardButtons implements ChatButtons {

    private static final Logger log = LoggerFactory.getLogger(CardButtons.class);
    private static final Pattern DATA =
            Pattern.compile("q:(take|prog|done|cant|back|cont|vol|why):([A-Z0-9]{2,8}-\\d{1,12})(?::([a-z]{1,12}))?");
    private static final Set<RequestStatus> TAKEN =
            Set.of(RequestStatus.ACCEPTED, RequestStatus.VOLUNTEER_ASSIGNED, RequestStatus.IN_PROGRESS);
    private static final Set<Actor.Role> PEOPLE = Set.of(Actor.Role.COORDINATOR, Actor.Role.ADMIN, Actor.Role.OPERATOR);

    private final HelpRequests requests;
    private final ActingOnRequests desk;
    private final Roles roles;
    private final MongoHqChats chats;
    private final CardView view;
    private final ChatDelivery delivery;
    private final Audit audit;
    private final Tasks tasks;
    private final CleaningMessages cleaning;
    private final Clock clock;

    CardButtons(
            HelpRequests requests,
            ActingOnRequests desk,
            Roles roles,
            MongoHqChats chats,
            CardView view,
            ChatDelivery delivery,
            Audit audit,
            Tasks tasks,
            CleaningMessages cleaning,
            Clock clock) {
        this.cleaning = cleaning;
        this.requests = requests;
        this.desk = desk;
        this.roles = roles;
        this.chats = chats;
        this.view = view;
        this.delivery = delivery;
        this.audit = audit;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return CardView.PREFIX;
    }

    @Override
    public List<Reply> press(Person person, String language, String data) {
        Matcher m = DATA.matcher(data);
        HelpRequest request = m.matches() ? requests.byNumber(m.group(2)).orElse(null) : null;
        boolean reasonOk = m.matches() && (m.group(1).equals(CardView.WHY) == (m.group(3) != null));
        if (request == null || !reasonOk || (m.group(3) != null && !Reasons.ALL.containsKey(m.group(3)))) {
            log.warn("Forged or stale card data '{}' pressed by {} in {}", data, person.userId(), person.chatKey());
            return notice(HqTexts.INACTIVE, language);
        }
        String chatLanguage =
                chats.byChat(person.chatKey()).map(HqChat::language).orElse(null);
        if (chatLanguage == null || !roles.mayCoordinate(person.userId(), request.regionCode())) {
            log.warn(
                    "Refused card press '{}' by {} in {}: not a coordinator of {} in an HQ chat",
                    data,
                    person.userId(),
                    person.chatKey(),
                    request.regionCode());
            return notice(HqTexts.ONLY_COORDINATORS, language);
        }
        Staff staff = staff(person, chatLanguage);
        Actor actor = desk.actor(staff, request);
        return switch (m.group(1)) {
            case CardView.TAKE -> take(request, staff, chatLanguage);
            case CardView.PROGRESS -> changed(desk.inProgress(request.number(), staff), chatLanguage);
            case CardView.DONE -> changed(desk.done(request.number(), staff), chatLanguage);
            case CardView.RETURN -> changed(desk.returnToQueue(request.number(), staff), chatLanguage);
            case CardView.CANNOT -> cannot(request, staff, chatLanguage);
            case CardView.WHY -> changed(desk.cannotFulfil(request.number(), staff, m.group(3)), chatLanguage);
            case CardView.VOLUNTEER -> assign(request, actor, person, chatLanguage);
            default -> contacts(request, staff, chatLanguage);
        };
    }

    private List<Reply> take(HelpRequest request, Staff staff, String language) {
        var outcome = desk.take(request.number(), staff);
        if (outcome instanceof RequestDesk.Changed changed) {
            return List.of(
                    new Reply.Notice(HqTexts.TAKEN.in(language).formatted(request.number())),
                    edit(changed.request(), language));
        }
        return refused(outcome, language);
    }

    private List<Reply> changed(RequestDesk.Outcome outcome, String language) {
        if (outcome instanceof RequestDesk.Changed changed) {
            return List.of(
                    new Reply.Notice(HqTexts.CHANGED
                            .in(language)
                            .formatted(changed.request().status().label().in(language))),
                    edit(changed.request(), language));
        }
        return refused(outcome, language);
    }

    private List<Reply> cannot(HelpRequest request, Staff staff, String language) {
        return desk.refusedCannot(request.number(), staff)
                .map(outcome -> refused(outcome, language))
                .orElseGet(() -> List.of(view.reasons(request.number(), language)));
    }

    private List<Reply> contacts(HelpRequest request, Staff staff, String language) {
        String privateChat = "telegram:" + staff.userId();
        var showing = desk.contacts(request.number(), staff, shown -> sendContacts(shown, privateChat, language));
        return switch (showing) {
            case RequestDesk.Shown shown -> notice(HqTexts.CONTACTS_SENT, language);
            case RequestDesk.NotDelivered failed -> notice(HqTexts.CONTACTS_FAILED, language);
            case RequestDesk.NotFound gone -> notice(HqTexts.INACTIVE, language);
            case RequestDesk.NotCoordinator refused -> notice(HqTexts.ONLY_COORDINATORS, language);
            case RequestDesk.NotYours refused -> notice(HqTexts.CONTACTS_ONLY_HOLDER, language);
        };
    }

    /** Posts the contacts privately to the holder; they are cleaned with the request's other messages. */
    private boolean sendContacts(RequestDesk.Contacts contacts, String privateChat, String language) {
        String messageId;
        try {
            messageId = delivery.post(privateChat, Reply.Message.plain(contactsText(contacts, language)));
        } catch (org.wearetogether.chat.ChannelSender.NotDelivered e) {
            return false;
        }
        cleaning.posted(
                contacts.number(), new PostedMessage(privateChat, messageId, language, PostedMessage.Kind.CONTACTS));
        if (contacts.voice() != null) {
            delivery.send(privateChat, List.of(voice(contacts.number(), contacts.voice(), language)));
        }
        return true;
    }

    /**
     * The requester's voice message, sent again by its file id after the contacts; sent as the holder's other replies
     * are (kept and tried again while Telegram is down). If Telegram no longer has the file, a text says so instead.
     */
    private static Reply voice(String number, VoiceNote voice, String language) {
        return new Reply.Voice(
                voice.fileId(),
                HqTexts.VOICE_CAPTION.in(language).formatted(number, voice.length()),
                HqTexts.VOICE_REFUSED.in(language).formatted(number));
    }

    /** "Assign volunteer": the holder (or an admin) gets the region's volunteers privately to choose from. */
    private List<Reply> assign(HelpRequest request, Actor actor, Person person, String language) {
        boolean holder = request.holder() != null && request.holder().sameAs(actor);
        if (!TAKEN.contains(request.status())
                || request.holder() == null
                || !isPerson(request.holder())
                || !holder && !isAdmin(actor)) {
            log.info("Assigning a volunteer to {} refused to {}", request.number(), actor.id());
            return notice(HqTexts.ASSIGN_ONLY_HOLDER, language);
        }
        String privateChat = person.channel() + ":" + person.userId();
        return switch (tasks.sendPicker(request.number(), actor.id(), privateChat, language)) {
            case SENT -> {
                audited(actor, "card.volunteers", request.number(), null);
                yield notice(HqTexts.ASSIGN_SENT, language);
            }
            case NOT_DELIVERED -> notice(HqTexts.CONTACTS_FAILED, language);
            case NOT_ALLOWED -> notice(HqTexts.ASSIGN_ONLY_HOLDER, language);
        };
    }

    private static String contactsText(RequestDesk.Contacts c, String language) {
        return HqTexts.CONTACTS_TEXT
                .in(language)
                .formatted(
                        c.number(),
                        orDash(c.beneficiaryName()),
                        orDash(c.beneficiaryPhone()),
                        orDash(c.address()),
                        orDash(c.requesterName()),
                        orDash(c.requesterPhone()),
                        details(c, language));
    }

    private static String details(RequestDesk.Contacts c, String language) {
        if (c.voice() != null) {
            return c.voice().display(language) + HqTexts.VOICE_BELOW.in(language);
        }
        return orDash(c.details());
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }

    private List<Reply> refused(RequestDesk.Outcome outcome, String language) {
        return switch (outcome) {
            case RequestDesk.HeldByAnother held ->
                List.of(new Reply.Notice(HqTexts.HELD_BY.in(language).formatted(held.holderName())));
            case RequestDesk.NotAllowed notNow ->
                List.of(
                        new Reply.Notice(HqTexts.NOT_NOW
                                .in(language)
                                .formatted(notNow.now().status().label().in(language))),
                        edit(notNow.now(), language));
            case RequestDesk.NotCoordinator refused -> notice(HqTexts.ONLY_COORDINATORS, language);
            case RequestDesk.NotFound gone -> notice(HqTexts.INACTIVE, language);
            case RequestDesk.UnknownReason unknown -> notice(HqTexts.INACTIVE, language);
            case RequestDesk.Changed changed -> List.of(edit(changed.request(), language));
        };
    }

    private Reply edit(HelpRequest request, String language) {
        Reply.Message card = view.card(request, language);
        return new Reply.EditPressed(card.text(), card.keyboard());
    }

    /** The person as staff of the chat: named as the cards name people, audited as {@code card.*}. */
    private static Staff staff(Person person, String chatLanguage) {
        String name = person.firstName() != null
                ? person.firstName()
                : person.username() != null ? "@" + person.username() : person.userId();
        return new Staff(person.userId(), name, chatLanguage, Staff.Via.CHAT);
    }

    private boolean isAdmin(Actor actor) {
        return roles.isAdmin(actor.id());
    }

    private void audited(Actor actor, String action, String number, String details) {
        audit.record(new Audit.Entry(actor.id(), actor.name(), action, number, details, clock.instant()));
    }

    /** Whether the holder is a person with a private chat (not a CRM or the system). */
    static boolean isPerson(Actor holder) {
        return PEOPLE.contains(holder.role());
    }

    private static List<Reply> notice(Texts text, String language) {
        return List.of(new Reply.Notice(text.in(language)));
    }
}
