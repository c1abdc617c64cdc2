package org.wearetogether.volunteers.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wearetogether.access.Audit;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.ChatButtons;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.chat.ChatFollowUp;
import org.wearetogether.chat.ChatSettings;
import org.wearetogether.chat.PersonalData;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.dialog.DialogAction;
import org.wearetogether.dialog.Texts;
import org.wearetogether.jobs.Jobs;
import org.wearetogether.jobs.Sweep;
import org.wearetogether.regions.RegionCatalogue;

/** Wires the volunteers: sign-up, approval cards and their sweeps, the volunteers' own commands, forgetting. */
@Configuration(proxyBeanMethods = false)
class VolunteersConfiguration {

    /** Sweeps also run when nudged (a sign-up, a decision); the interval only catches what a crash left owed. */
    private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(5);

    /** The approval sweeps, run in this order by one job; the beans below nudge it by name. */
    @Bean
    ScrubbingAfterLeaving scrubbingAfterLeaving(org.wearetogether.storage.StoreScrub scrub) {
        return new ScrubbingAfterLeaving(scrub);
    }

    @Bean
    VolunteerWork volunteerWork(ApprovalCards cards, SelfService self) {
        return new VolunteerWork(
                List.of(
                        new Sweep("post owed cards", cards::postOwed),
                        new Sweep("tell owed decisions", cards::tellOwed),
                        new Sweep("scrub stale cards", cards::scrubStale),
                        new Sweep("announce departures", self::announceOwedDepartures)),
                SWEEP_INTERVAL);
    }

    private static Runnable nudge(Jobs jobs) {
        return () -> jobs.nudge(VolunteerWork.NAME);
    }

    @Bean
    ProfileView volunteerProfileView(
            RegionCatalogue regions,
            ObjectProvider<DialogFolder> dialogFolder,
            @Value("${together.dialogs.folder:./dialogs}") Path folder) {
        return new ProfileView(regions, OptionNames.from(dialogFolder.getIfAvailable(() -> new DialogFolder(folder))));
    }

    @Bean
    org.wearetogether.volunteers.VolunteerOptions volunteerOptions(
            ObjectProvider<DialogFolder> dialogFolder, @Value("${together.dialogs.folder:./dialogs}") Path folder) {
        return OptionNames.from(dialogFolder.getIfAvailable(() -> new DialogFolder(folder)))::name;
    }

    @Bean
    DialogAction submittingVolunteerSignup(MongoVolunteers volunteers, ProfileView view, Jobs jobs, Clock clock) {
        return new SubmittingVolunteerSignup(volunteers, view, nudge(jobs), clock);
    }

    @Bean
    Approvals volunteerApprovals(
            MongoVolunteers volunteers,
            MongoDeclineReasons reasons,
            Roles roles,
            Audit audit,
            ProfileView view,
            Jobs jobs,
            Clock clock) {
        return new Approvals(volunteers, reasons, roles, audit, view, nudge(jobs), clock);
    }

    @Bean
    ApprovalCards approvalCards(
            MongoVolunteers volunteers, Roles roles, ProfileView view, ChatDelivery delivery, ChatSettings chat) {
        return new ApprovalCards(volunteers, roles, view, delivery, chat.hotline());
    }

    @Bean
    SelfService volunteerSelfService(
            MongoVolunteers volunteers,
            ProfileView view,
            ApplicationEventPublisher events,
            Jobs jobs,
            Clock clock,
            Audit audit,
            MongoDeclineReasons reasons,
            org.wearetogether.chat.Pseudonyms pseudonyms) {
        return new SelfService(
                volunteers, view, events, nudge(jobs), clock, new ForgettingTraces(audit, reasons, pseudonyms));
    }

    @Bean
    org.wearetogether.volunteers.VolunteerDesk volunteerDesk(
            MongoVolunteers volunteers,
            Approvals approvals,
            SelfService self,
            Roles roles,
            Audit audit,
            ChatDelivery delivery,
            Clock clock) {
        return new CoordinatorsDesk(volunteers, approvals, self, roles, audit, delivery, clock);
    }

    @Bean
    org.wearetogether.volunteers.VolunteerActivity volunteerActivity(MongoVolunteers volunteers, Clock clock) {
        return new NotingActivity(volunteers, clock);
    }

    @Bean
    ChatButtons volunteerButtons(Approvals approvals, SelfService self) {
        return new VolunteerButtons(approvals, self);
    }

    @Bean
    ChatFollowUp volunteerDeclineReasons(MongoDeclineReasons reasons, Approvals approvals, Clock clock) {
        return new DeclineReasons(reasons, approvals, clock);
    }

    @Bean
    ChatCommand volunteerCommand(SelfService self) {
        return new VolunteerCommand(self);
    }

    @Bean
    ChatCommand pauseCommand(SelfService self) {
        return new SelfServiceCommand(
                "pause", Texts.of("Перерыв в волонтёрстве", "Take a break from volunteering"), self::pause);
    }

    @Bean
    ChatCommand resumeCommand(SelfService self) {
        return new SelfServiceCommand(
                "resume",
                Texts.of("Вернуться к задачам после перерыва", "Take tasks again after a break"),
                self::resume);
    }

    @Bean
    ChatCommand forgetMeCommand(SelfService self) {
        return new SelfServiceCommand(
                "forget_me", Texts.of("Удалить анкету волонтёра", "Delete my volunteer profile"), self::askToLeave);
    }

    @Bean
    PersonalData forgettingVolunteer(SelfService self) {
        return new ForgettingVolunteer(self);
    }
}
