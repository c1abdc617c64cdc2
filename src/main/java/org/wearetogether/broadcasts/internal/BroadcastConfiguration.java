package org.wearetogether.broadcasts.internal;

import java.time.Clock;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wearetogether.access.Audit;
import org.wearetogether.access.Roles;
import org.wearetogether.broadcasts.BroadcastSettings;
import org.wearetogether.chat.BlockedChats;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.chat.ChatButtons;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.chat.FrontDesk;
import org.wearetogether.chat.PersonalData;
import org.wearetogether.jobs.Jobs;
import org.wearetogether.regions.RegionCatalogue;
import org.wearetogether.volunteers.Volunteers;

/** Wires the broadcasts and starts the sender thread once the application is ready. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BroadcastSettings.class)
class BroadcastConfiguration {

    /** The quiet hours ({@code together.broadcasts.quiet-*}), shared with whoever else must not wake people at night. */
    @Bean
    org.wearetogether.chat.QuietHours quietHours(BroadcastSettings settings) {
        return new org.wearetogether.chat.QuietHours(settings.quietFrom(), settings.quietUntil());
    }

    @Bean
    LedgerBuilding ledgerBuilding(
            MongoBroadcasts broadcasts,
            MongoLedger ledger,
            ObjectProvider<Volunteers> volunteers,
            Roles roles,
            RegionCatalogue regions,
            BroadcastSettings settings) {
        return new LedgerBuilding(broadcasts, ledger, new LazyVolunteers(volunteers), roles, regions, settings.chunk());
    }

    @Bean(destroyMethod = "")
    Sending broadcastSending(
            MongoBroadcasts broadcasts,
            MongoLedger ledger,
            MongoOptOuts optOuts,
            BlockedChats blocked,
            LedgerBuilding building,
            ObjectProvider<ChannelSender> senders,
            ObjectProvider<FrontDesk> frontDesk,
            BroadcastSettings settings,
            Clock clock,
            ObjectProvider<Jobs> jobs) {
        Channels channels = new Channels(
                () -> senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity())));
        return new Sending(
                broadcasts,
                ledger,
                optOuts,
                blocked,
                building,
                channels,
                chatKey -> frontDesk.getObject().unreachable(chatKey),
                settings,
                clock,
                () -> jobs.getObject().nudge(BroadcastSending.NAME));
    }

    /** Also the {@link org.wearetogether.chat.ChatFollowUp} that takes the drafts' posts and typed regions. */
    @Bean
    Composing broadcastComposing(
            MongoDrafts drafts,
            MongoBroadcasts broadcasts,
            LedgerBuilding building,
            Roles roles,
            RegionCatalogue regions,
            Audit audit,
            Sending sending,
            BroadcastSettings settings,
            Clock clock) {
        return new Composing(drafts, broadcasts, building, roles, regions, audit, sending, settings, clock);
    }

    @Bean
    ChatButtons broadcastButtons(
            Composing composing, MongoBroadcasts broadcasts, Sending sending, Roles roles, Audit audit, Clock clock) {
        return new BroadcastButtons(composing, broadcasts, sending, roles, audit, clock);
    }

    @Bean
    ChatCommand broadcastCommand(Composing composing) {
        return new BroadcastCommand(composing);
    }

    @Bean
    ChatCommand broadcastsCommand(MongoBroadcasts broadcasts, Roles roles) {
        return new HistoryCommand(broadcasts, roles);
    }

    @Bean
    ChatCommand stopNewsCommand(MongoOptOuts optOuts, Clock clock) {
        return new NewsCommand(false, optOuts, clock);
    }

    @Bean
    ChatCommand newsCommand(MongoOptOuts optOuts, Clock clock) {
        return new NewsCommand(true, optOuts, clock);
    }

    @Bean
    ForgettingRecipients forgettingRecipients(MongoLedger ledger, org.wearetogether.chat.Pseudonyms pseudonyms) {
        return new ForgettingRecipients(ledger, pseudonyms);
    }

    @Bean
    PersonalData broadcastDrafts(MongoDrafts drafts, MongoLedger ledger, org.wearetogether.chat.Pseudonyms pseudonyms) {
        return new ForgettingDrafts(drafts, ledger, pseudonyms);
    }

    @Bean
    BroadcastSending broadcastSendingJob(Sending sending) {
        return new BroadcastSending(sending);
    }
}
