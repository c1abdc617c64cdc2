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
import org.wearetogether.chat.ChatButtons;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;
import org.wearetogether.dialog.VoiceNote;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.tasks.Tasks;

/**
 * The buttons of HQ cards ({@code q:<action>:<number>[:<reason>]}). Every press is authorized where it happens:
 * only coordinators of the request's region (or admins) act, and only in a bound HQ chat; anything else, and any
 * data that does not parse, changes nothing and is logged. The request's lifecycle decides whether the change is
 * allowed now, so a replayed press of an old card changes nothing either.
 */
final class CardButtons implements ChatButtons {

    private static final Logger log = LoggerFactory.getLogger(CardButtons.class);
    private static final Pattern DATA =
            Pattern.compile("q:(take|prog|done|cant|back|cont|vol|why):([A-Z0-9]{2,8}-\\d{1,12})(?::([a-z]{1,12}))?");
    private static final Set<RequestStatus> TAKEN =
            Set.of(RequestStatus.ACCEPTED, RequestStatus.VOLUNTEER_ASSIGNED, RequestStatus.IN_PROGRESS);
    private static final Set<Actor.Role> PEOPLE = Set.of(Actor.Role.COORDINATOR, Actor.Role.ADMIN, Actor.Role.OPERATOR);

    private final HelpRequests requests;
    private final RequestLifecycle lifecycle;
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
            RequestLifecycle lifecycle,
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
        this.lifecycle = lifecycle;
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
        Actor actor = actor(person, request.regionCode());
        return switch (m.group(1)) {
            case CardView.TAKE -> take(request, actor, chatLanguage);
            case CardView.PROGRESS -> change(request, actor, RequestStatus.IN_PROGRESS, null, chatLanguage);
            case CardView.DONE -> change(request, actor, RequestStatus.DONE, null, chatLanguage);
            case CardView.RETURN -> change(request, actor, RequestStatus.SUBMITTED, null, chatLanguage);
            case CardView.CANNOT -> cannot(request, actor, chatLanguage);
            case CardView.WHY ->
                change(request, actor, RequestStatus.CANNOT_FULFIL, reason(request, m.group(3)), chatLanguage);
            case CardView.VOLUNTEER -> assign(request, actor, person, chatLanguage);
            default -> contacts(request, actor, chatLanguage);
        };
    }

    private List<Reply> take(HelpRequest request, Actor actor, String language) {
        var outcome = lifecycle.take(request.number(), actor, clock.instant());
        if (outcome instanceof RequestLifecycle.Changed changed) {
            audited(actor, "card.take", request.number(), null);
            return List.of(
                    new Reply.Notice(HqTexts.TAKEN.in(language).formatted(request.number())),
                    edit(changed.request(), language));
        }
        return refused(outcome, request.number(), actor, language);
    }

    private List<Reply> change(HelpRequest request, Actor actor, RequestStatus to, String comment, String language) {
        var outcome = lifecycle.change(request.number(), actor, to, comment, clock.instant());
        if (outcome instanceof RequestLifecycle.Changed changed) {
            audited(actor, "card." + to.name().toLowerCase(java.util.Locale.ROOT), request.number(), comment);
            return List.of(
                    new Reply.Notice(
                            HqTexts.CHANGED.in(language).formatted(to.label().in(language))),
                    edit(changed.request(), language));
        }
        return refused(outcome, request.number(), actor, language);
    }

    private List<Reply> cannot(HelpRequest request, Actor actor, String language) {
        if (!request.status().open()
                || request.holder() == null
                || !request.holder().sameAs(actor) && !isAdmin(actor)) {
            return refused(current(request), request.number(), actor, language);
        }
        return List.of(view.reasons(request.number(), language));
    }

    private List<Reply> contacts(HelpRequest request, Actor actor, String language) {
        if (request.holder() == null
                || !request.holder().sameAs(actor)
                || !request.status().open()) {
            log.info("Contacts of {} refused to {}", request.number(), actor.id());
            return notice(HqTexts.CONTACTS_ONLY_HOLDER, language);
        }
        String privateChat = "telegram:" + actor.id();
        String messageId;
        try {
            messageId = delivery.post(privateChat, Reply.Message.plain(contactsText(request, language)));
        } catch (org.wearetogether.chat.ChannelSender.NotDelivered e) {
            return notice(HqTexts.CONTACTS_FAILED, language);
        }
        cleaning.posted(
                request.number(), new PostedMessage(privateChat, messageId, language, PostedMessage.Kind.CONTACTS));
        request.voiceNote().ifPresent(voice -> delivery.send(privateChat, List.of(voice(request, voice, language))));
        audited(actor, "card.contacts", request.number(), null);
        return notice(HqTexts.CONTACTS_SENT, language);
    }

    /**
     * The requester's voice message, sent again by its file id after the contacts; sent as the holder's other replies
     * are (kept and tried again while Telegram is down). If Telegram no longer has the file, a text says so instead.
     */
    private static Reply voice(HelpRequest request, VoiceNote voice, String language) {
        return new Reply.Voice(
                voice.fileId(),
                HqTexts.VOICE_CAPTION.in(language).formatted(request.number(), voice.length()),
                HqTexts.VOICE_REFUSED.in(language).formatted(request.number()));
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

    private String contactsText(HelpRequest r, String language) {
        var b = r.beneficiary();
        var q = r.requester();
        String address = r.address() == null
                ? "—"
                : r.address().text() != null
                        ? r.address().text()
                        : "https://maps.google.com/?q=" + r.address().latitude() + ","
                                + r.address().longitude();
        return HqTexts.CONTACTS_TEXT
                .in(language)
                .formatted(
                        r.number(),
                        b == null ? "—" : b.name(),
                        b == null ? "—" : b.phone(),
                        address,
                        q == null ? "—" : q.name(),
                        q == null ? "—" : q.phone(),
                        details(r, language));
    }

    private static String details(HelpRequest r, String language) {
        if (r.voiceNote().isPresent()) {
            return r.voiceNote().get().display(language) + HqTexts.VOICE_BELOW.in(language);
        }
        return r.details() == null || r.details().isBlank() ? "—" : r.details();
    }

    private List<Reply> refused(RequestLifecycle.Outcome outcome, String number, Actor actor, String language) {
        if (outcome instanceof RequestLifecycle.HeldByAnother held
                && !held.holder().sameAs(actor)) {
            return List.of(new Reply.Notice(
                    HqTexts.HELD_BY.in(language).formatted(held.holder().name())));
        }
        HelpRequest now = requests.byNumber(number).orElse(null);
        if (now == null) {
            return notice(HqTexts.INACTIVE, language);
        }
        return List.of(
                new Reply.Notice(HqTexts.NOT_NOW
                        .in(language)
                        .formatted(now.status().label().in(language))),
                edit(now, language));
    }

    private RequestLifecycle.Outcome current(HelpRequest request) {
        return request.holder() != null
                ? new RequestLifecycle.HeldByAnother(request.holder())
                : new RequestLifecycle.NotAllowed(request.status());
    }

    private Reply edit(HelpRequest request, String language) {
        Reply.Message card = view.card(request, language);
        return new Reply.EditPressed(card.text(), card.keyboard());
    }

    private String reason(HelpRequest request, String id) {
        String language =
                request.requester() == null ? "ru" : request.requester().language();
        return Reasons.ALL.get(id).in(language == null ? "ru" : language);
    }

    private Actor actor(Person person, String region) {
        String name = person.firstName() != null
                ? person.firstName()
                : person.username() != null ? "@" + person.username() : person.userId();
        boolean coordinator = roles.coordinatedRegions(person.userId()).contains(region);
        return new Actor(coordinator ? Actor.Role.COORDINATOR : Actor.Role.ADMIN, person.userId(), name);
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
