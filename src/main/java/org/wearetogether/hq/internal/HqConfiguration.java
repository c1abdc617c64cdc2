package org.wearetogether.hq.internal;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wearetogether.access.Audit;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.ChatButtons;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.chat.ChatMembership;
import org.wearetogether.chat.ChatSettings;
import org.wearetogether.chat.QuietHours;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.hq.HqSettings;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestNotes;
import org.wearetogether.jobs.Jobs;
import org.wearetogether.jobs.Sweep;
import org.wearetogether.regions.Region;
import org.wearetogether.regions.RegionCatalogue;
import org.wearetogether.tasks.Tasks;

/** Wires the HQ work; its sweeps run as the background job {@code hq-sweeps}. */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.context.properties.EnableConfigurationProperties(HqSettings.class)
class HqConfiguration {

    /** The HQ sweeps, run in this order by one job; a new sweep is one more line here. */
    @Bean
    HqWork hqWork(
            Forwarding forwarding,
            RequesterNotices notices,
            NoteRelay notes,
            SlaTimers sla,
            BindingNotices bindings,
            UnroutedReminders unrouted,
            CleaningMessages cleaning,
            LegacyCards legacyCards,
            HqSettings settings,
            Jobs jobs) {
        return new HqWork(
                List.of(
                        new Sweep("copy cards of earlier versions", legacyCards::copyOnce),
                        new Sweep("forward new requests", forwarding::forwardNew),
                        new Sweep("back-fill cards", forwarding::backfill),
                        new Sweep("requester notices", notices::sweep),
                        new Sweep("relay notes", notes::sweep),
                        new Sweep("SLA timers", sla::fireDue),
                        new Sweep("HQ chat change notices", bindings::sweep),
                        new Sweep("unrouted reminders", unrouted::sweep),
                        new Sweep("clean messages of ended requests", cleaning::cleanDue)),
                settings.sweepInterval(),
                jobs);
    }

    @Bean
    CardView cardView(
            RegionCatalogue regions,
            ObjectProvider<DialogFolder> dialogFolder,
            @Value("${together.dialogs.folder:./dialogs}") Path folder,
            Tasks tasks) {
        return new CardView(
                regions, OptionNames.from(dialogFolder.getIfAvailable(() -> new DialogFolder(folder))), tasks);
    }

    @Bean
    LostChats lostChats(MongoHqChats chats, Clock clock) {
        return new LostChats(chats, clock);
    }

    @Bean
    ReleasingHolds releasingHolds(RequestLifecycle lifecycle, Roles roles, ChatDelivery delivery, Clock clock) {
        return new ReleasingHolds(lifecycle, roles, delivery, clock);
    }

    @Bean
    SlaTimers slaTimers(
            MongoSla sla,
            HelpRequests requests,
            MongoHqChats chats,
            CardView view,
            ChatDelivery delivery,
            HqSettings settings,
            Clock clock,
            LostChats lost,
            ReleasingHolds holds,
            CleaningMessages cleaning,
            org.springframework.beans.factory.ObjectProvider<org.wearetogether.intake.RequestStatistics> statistics) {
        SlaTimers timers = new SlaTimers(sla, requests, chats, view, delivery, settings, clock, lost, holds, cleaning);
        statistics.ifAvailable(timers::countIn);
        return timers;
    }

    /** The preset reasons, as codes the intake's statistics and exports may keep. */
    @Bean
    org.wearetogether.intake.ReasonCodes presetReasonCodes() {
        return Reasons::idOf;
    }

    @Bean
    Forwarding forwarding(
            RequestLifecycle lifecycle,
            HelpRequests requests,
            MongoHqChats chats,
            MongoCards cards,
            CardView view,
            ChatDelivery delivery,
            SlaTimers sla,
            LostChats lost,
            CleaningMessages cleaning,
            Clock clock) {
        Forwarding forwarding =
                new Forwarding(lifecycle, requests, chats, cards, view, delivery, sla, lost, cleaning, clock);
        sla.use(forwarding);
        return forwarding;
    }

    @Bean
    ChatMembership hqPresence(MongoHqChats chats, HqWork work, Clock clock) {
        return new HqPresence(chats, work, clock);
    }

    @Bean
    RoutingStatus routingStatus(MongoHqChats chats, RequestLifecycle lifecycle, Clock clock) {
        return new RoutingStatus(chats, lifecycle, clock);
    }

    @Bean
    HealthIndicator hqRoutingHealthIndicator(RoutingStatus status) {
        return new HqRoutingHealth(status);
    }

    @Bean
    AdminNotices adminNotices(Roles roles, ChatDelivery delivery) {
        return new AdminNotices(roles, delivery);
    }

    @Bean
    BindingNotices bindingNotices(
            MongoHqChats chats, RoutingStatus status, AdminNotices admins, RegionCatalogue regions) {
        return new BindingNotices(chats, status, admins, regions);
    }

    @Bean
    UnroutedReminders unroutedReminders(
            RoutingStatus status, MongoUnroutedMarks marks, AdminNotices admins, RegionCatalogue regions, Clock clock) {
        return new UnroutedReminders(status, marks, admins, regions, clock);
    }

    /** Regions without a live HQ chat, requests with nowhere to go, dead HQ chats: as gauges, read when scraped. */
    @Bean
    RoutingMeters routingMeters(RoutingStatus status, ObjectProvider<MeterRegistry> registry) {
        RoutingMeters meters = new RoutingMeters(status);
        registry.ifAvailable(meters::bindTo);
        return meters;
    }

    @Bean
    RequesterNotices requesterNotices(
            RequestLifecycle lifecycle,
            MongoNoticeMarks marks,
            ChatDelivery delivery,
            ChatSettings chatSettings,
            Clock clock) {
        return new RequesterNotices(lifecycle, marks, delivery, chatSettings, clock);
    }

    @Bean
    NoteRelay noteRelay(
            RequestLifecycle lifecycle,
            HelpRequests requests,
            RequestNotes notes,
            MongoNoticeMarks marks,
            MongoHqChats chats,
            ChatDelivery delivery,
            LostChats lost,
            CleaningMessages cleaning,
            QuietHours quiet,
            RegionCatalogue regions,
            Clock clock) {
        return new NoteRelay(
                lifecycle,
                requests,
                notes,
                marks,
                chats,
                delivery,
                lost,
                cleaning,
                quiet,
                code -> regions.byCode(code).map(Region::zone).orElse(QuietHours.FALLBACK_ZONE),
                clock);
    }

    @Bean
    CardRefresh cardRefresh(
            CardView view,
            ChatDelivery delivery,
            SlaTimers sla,
            HqWork work,
            HelpRequests requests,
            CleaningMessages cleaning) {
        return new CardRefresh(view, delivery, sla, work, requests, cleaning);
    }

    @Bean
    LegacyCards legacyCards(MongoCards cards, MongoPostedMessages messages) {
        return new LegacyCards(cards, messages);
    }

    /** Cleans the messages about ended requests; counts in {@code together.hq.messages.cleaning}. */
    @Bean
    CleaningMessages cleaningMessages(
            MongoPostedMessages store,
            CardView view,
            ChatDelivery delivery,
            Jobs jobs,
            Clock clock,
            ObjectProvider<MeterRegistry> registry) {
        return new CleaningMessages(store, view, delivery, jobs, clock, registry.getIfAvailable());
    }

    /** What staff do to a request, for the card buttons and the console alike. */
    @Bean
    ActingOnRequests requestDesk(
            HelpRequests requests,
            RequestLifecycle lifecycle,
            Roles roles,
            Audit audit,
            CardView view,
            RequestNotes notes,
            Clock clock) {
        return new ActingOnRequests(
                requests, lifecycle, roles, audit, new RequestPages(view, lifecycle, notes, audit), clock);
    }

    @Bean
    ChatButtons cardButtons(
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
        return new CardButtons(requests, desk, roles, chats, view, delivery, audit, tasks, cleaning, clock);
    }

    @Bean
    ChatCommand hqCommand(
            Roles roles, RegionCatalogue regions, MongoHqChats chats, Audit audit, HqWork work, Clock clock) {
        return new HqCommand(roles, regions, chats, audit, work, clock);
    }

    @Bean
    ChatCommand auditCommand(HelpRequests requests, RequestLifecycle lifecycle, Audit audit, Roles roles) {
        return new AuditCommand(requests, lifecycle, audit, roles);
    }
}
