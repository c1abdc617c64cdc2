package org.wearetogether.hq.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.regions.RegionCatalogue;

/**
 * Tells the admins privately, once per change, that an HQ chat was lost (the bot removed or unable to post), works
 * again, or moved to a new id, with its region and how many of the region's requests wait to be taken. The change is
 * marked owed in the binding by the same write that made it, and cleared after telling, so a crash repeats a notice
 * rather than losing it.
 */
final class BindingNotices {

    private static final Logger log = LoggerFactory.getLogger(BindingNotices.class);

    private final MongoHqChats chats;
    private final RoutingStatus status;
    private final AdminNotices admins;
    private final RegionCatalogue regions;

    BindingNotices(MongoHqChats chats, RoutingStatus status, AdminNotices admins, RegionCatalogue regions) {
        this.chats = chats;
        this.status = status;
        this.admins = admins;
        this.regions = regions;
    }

    void sweep() {
        List<MongoHqChats.Owed> owed = chats.owed();
        if (owed.isEmpty()) {
            return;
        }
        RoutingStatus.Snapshot now = status.refresh();
        for (MongoHqChats.Owed change : owed) {
            admins.tell(text(change, now));
            chats.told(change.chat().chatKey(), change.seq());
            log.info(
                    "Admins told: HQ chat {} of {} {}",
                    change.chat().chatKey(),
                    change.chat().region(),
                    change.change());
        }
    }

    String text(MongoHqChats.Owed change, RoutingStatus.Snapshot now) {
        HqChat chat = change.chat();
        String language = chat.language();
        String region = regionName(chat.region(), language);
        long waiting = waiting(chat, now);
        return switch (change.change()) {
            case DEAD -> {
                String fallback = chat.federal()
                        ? HqTexts.FALLBACK_NONE.in(language)
                        : now.federalLive()
                                ? HqTexts.FALLBACK_FEDERAL.in(language)
                                : HqTexts.FALLBACK_NONE.in(language);
                yield HqTexts.CHAT_LOST.in(language).formatted(region, chat.chatKey(), waiting, fallback);
            }
            case ALIVE -> HqTexts.CHAT_BACK.in(language).formatted(region, chat.chatKey(), waiting);
            case MOVED ->
                HqTexts.CHAT_MOVED.in(language).formatted(region, change.movedFrom(), chat.chatKey(), waiting);
        };
    }

    /** The region's untaken requests; for the federal chat, all that wait anywhere. */
    private static long waiting(HqChat chat, RoutingStatus.Snapshot now) {
        if (chat.federal()) {
            return now.withoutLiveChat().values().stream()
                    .mapToLong(RequestLifecycle.Waiting::untaken)
                    .sum();
        }
        var w = now.waiting().get(chat.region());
        return w == null ? 0 : w.untaken();
    }

    String regionName(String code, String language) {
        if (HqChat.FEDERAL.equals(code)) {
            return HqTexts.FEDERAL_NAME.in(language);
        }
        return regions.byCode(code)
                .map(r -> r.name(language) + " (" + code + ")")
                .orElse(code);
    }
}
