package org.wearetogether.volunteers.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.dialog.Reply;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.VolunteerStatus;

/**
 * The sweeps that send what the store says is owed, so that nothing is lost when the process dies between storing
 * a change and sending about it: cards of pending profiles to the region's coordinators (the admins when the region
 * has none), the decision to the volunteer with the other cards edited, and stale cards stripped of personal data.
 * Each card is recorded as soon as it is posted; a crash in between posts at most that card twice.
 */
class ApprovalCards {

    private static final Logger log = LoggerFactory.getLogger(ApprovalCards.class);
    private static final int BATCH = 100;

    private final MongoVolunteers volunteers;
    private final Roles roles;
    private final ProfileView view;
    private final ChatDelivery delivery;
    private final String hotline;

    ApprovalCards(MongoVolunteers volunteers, Roles roles, ProfileView view, ChatDelivery delivery, String hotline) {
        this.volunteers = volunteers;
        this.roles = roles;
        this.view = view;
        this.delivery = delivery;
        this.hotline = hotline;
    }

    /** Posts the cards owed for pending profiles. */
    void postOwed() {
        for (Profile profile : volunteers.cardsOwed(BATCH)) {
            if (profile.volunteer().status() != VolunteerStatus.PENDING) {
                volunteers.cardsPosted(profile.volunteer().userId(), profile.round());
                continue;
            }
            if (postCards(profile)) {
                volunteers.cardsPosted(profile.volunteer().userId(), profile.round());
            }
        }
    }

    /** True when every card is posted (or cannot ever be). */
    private boolean postCards(Profile profile) {
        Volunteer v = profile.volunteer();
        Set<String> posted = new HashSet<>();
        profile.cards().forEach(c -> posted.add(c.chatKey()));
        boolean complete = true;
        for (String coordinator : recipients(v.regionCode())) {
            String chatKey = "telegram:" + coordinator;
            if (posted.contains(chatKey)) {
                continue;
            }
            Reply.Message card = view.pendingCard(profile);
            String messageId;
            try {
                messageId = delivery.post(chatKey, card);
            } catch (ChannelSender.NotDelivered e) {
                log.warn("Volunteer card of {} not posted to {}: {}", v.userId(), chatKey, e.getMessage());
                complete &= e.permanent();
                continue;
            }
            Profile.CardRef ref = new Profile.CardRef(chatKey, messageId);
            if (!volunteers.recordCard(v.userId(), profile.round(), ref)) {
                // decided, changed or deleted while posting: this card must not stay with its buttons or data
                delivery.edit(chatKey, messageId, ProfileView.staleCard(MongoVolunteers.StaleKind.CHANGED));
                return true;
            }
        }
        return complete;
    }

    private Set<String> recipients(String region) {
        Set<String> coordinators = new TreeSet<>(roles.coordinatorsOf(region));
        if (coordinators.isEmpty()) {
            coordinators.addAll(roles.admins());
        }
        if (coordinators.isEmpty()) {
            log.warn("Nobody coordinates {} and there are no admins: volunteer cards cannot be sent", region);
        }
        return coordinators;
    }

    /** Tells volunteers the decisions owed and edits the other coordinators' cards to show who decided. */
    void tellOwed() {
        for (Profile profile : volunteers.noticesOwed(BATCH)) {
            Volunteer v = profile.volunteer();
            try {
                if (v.status() == VolunteerStatus.APPROVED || v.status() == VolunteerStatus.DECLINED) {
                    delivery.send(v.chatKey(), List.of(Reply.Message.plain(notice(v))));
                }
                Reply.Message decided = view.decidedCard(profile);
                for (Profile.CardRef card : profile.cards()) {
                    // an approval edited the decider's own card as they pressed; a decline came from another message
                    // (a decision in the web console pressed no card: every card is edited here)
                    boolean editedAlready = v.status() == VolunteerStatus.APPROVED
                            && !profile.decidedOnConsole()
                            && card.chatKey().equals("telegram:" + profile.decidedById());
                    if (!editedAlready) {
                        delivery.edit(card.chatKey(), card.messageId(), decided);
                    }
                }
                volunteers.noticeSent(v.userId(), profile.round());
            } catch (RuntimeException e) {
                log.warn("Decision on volunteer {} not told yet; retried next sweep", v.userId(), e);
            }
        }
    }

    private String notice(Volunteer v) {
        String language = v.language() == null ? "ru" : v.language();
        if (v.status() == VolunteerStatus.APPROVED) {
            return VolunteerTexts.APPROVED.in(language).formatted(view.region(v.regionCode(), language));
        }
        String reason = v.statusReason() == null
                ? ""
                : VolunteerTexts.DECLINED_REASON.in(language).formatted(v.statusReason());
        return VolunteerTexts.DECLINED.in(language).formatted(reason, hotline);
    }

    /** Edits cards of changed or deleted profiles so that they show no personal data and no buttons. */
    void scrubStale() {
        for (MongoVolunteers.StaleCards stale : volunteers.staleCards(BATCH)) {
            Reply.Message text = ProfileView.staleCard(stale.kind());
            for (Profile.CardRef card : stale.cards()) {
                try {
                    delivery.edit(card.chatKey(), card.messageId(), text);
                } catch (RuntimeException e) {
                    log.warn("Stale volunteer card {} in {} not edited", card.messageId(), card.chatKey(), e);
                }
            }
            volunteers.staleDone(stale.id());
        }
    }
}
