package org.wearetogether.tasks.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wearetogether.access.Audit;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.intake.CodeWords;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.regions.Region;
import org.wearetogether.regions.RegionCatalogue;
import org.wearetogether.tasks.TasksSettings;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.Volunteers;

/** Wires the volunteers' tasks and starts their sweep once the application is ready. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TasksSettings.class)
class TasksConfiguration {

    @Bean
    Messenger taskMessenger(ObjectProvider<ChannelSender> senders) {
        return new Messenger(
                () -> senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity())));
    }

    @Bean
    TaskMessages taskMessages(
            ObjectProvider<DialogFolder> dialogFolder,
            @Value("${together.dialogs.folder:./dialogs}") Path folder,
            RegionCatalogue regions,
            CodeWords codeWords) {
        DialogFolder files = dialogFolder.getIfAvailable(() -> new DialogFolder(folder));
        return new TaskMessages(
                OptionWords.from(files, "request-help.yaml", "volunteer-signup.yaml"),
                code -> regions.byCode(code).map(Region::zone).orElse(ZoneOffset.UTC),
                codeWords);
    }

    @Bean
    CodeWordIssuing codeWordIssuing(CodeWords codeWords, MongoTasks tasks, HelpRequests requests, Messenger messenger) {
        return new CodeWordIssuing(codeWords, tasks, requests, messenger);
    }

    @Bean
    TaskChanges taskChanges(
            MongoTasks tasks,
            HelpRequests requests,
            TaskMessages messages,
            Messenger messenger,
            Audit audit,
            ApplicationEventPublisher events,
            Clock clock) {
        return new TaskChanges(tasks, requests, messages, messenger, audit, events, clock);
    }

    @Bean
    Assigning assigning(
            MongoTasks tasks,
            MongoTaskWaits waits,
            HelpRequests requests,
            ObjectProvider<Volunteers> volunteers,
            Roles roles,
            RegionCatalogue regions,
            ObjectProvider<DialogFolder> dialogFolder,
            @Value("${together.dialogs.folder:./dialogs}") Path folder,
            TaskMessages messages,
            Messenger messenger,
            TaskChanges changes,
            CodeWordIssuing codeWords,
            TasksSettings settings,
            Clock clock) {
        Supplier<Volunteers> anyVolunteers = anyVolunteers(volunteers);
        OptionWords skills =
                OptionWords.from(dialogFolder.getIfAvailable(() -> new DialogFolder(folder)), "volunteer-signup.yaml");
        VolunteerList list = new VolunteerList(anyVolunteers, tasks, regions, skills, settings.pageSize());
        RankingCandidates ranking = new RankingCandidates(
                anyVolunteers,
                tasks,
                skills,
                code -> regions.byCode(code).map(Region::zone).orElse(ZoneOffset.UTC),
                clock);
        return new Assigning(
                tasks,
                waits,
                requests,
                anyVolunteers,
                roles,
                list,
                ranking,
                messages,
                messenger,
                changes,
                codeWords,
                settings,
                clock);
    }

    @Bean
    org.wearetogether.tasks.OpenTasks openTasks(MongoTasks tasks) {
        return tasks::load;
    }

    @Bean
    Answering answering(
            MongoTasks tasks,
            MongoTaskWaits waits,
            HelpRequests requests,
            RequestLifecycle lifecycle,
            TaskMessages messages,
            Messenger messenger,
            TaskChanges changes,
            CodeWordIssuing codeWords,
            Clock clock,
            ObjectProvider<org.wearetogether.volunteers.VolunteerActivity> activity) {
        return new Answering(
                tasks,
                waits,
                requests,
                lifecycle,
                messages,
                messenger,
                changes,
                codeWords,
                clock,
                userId -> activity.ifAvailable(a -> a.noted(userId)));
    }

    @Bean
    Withdrawing withdrawing(
            MongoTasks tasks,
            HelpRequests requests,
            RequestLifecycle lifecycle,
            ObjectProvider<Volunteers> volunteers,
            Messenger messenger,
            TaskChanges changes,
            Clock clock) {
        // null while the volunteers module is not part of the application: then nobody is taken for gone
        return new Withdrawing(tasks, requests, lifecycle, volunteers::getIfAvailable, messenger, changes, clock);
    }

    @Bean
    TaskButtons taskButtons(
            Assigning assigning, Answering answering, MongoTasks tasks, MongoTaskWaits waits, Clock clock) {
        return new TaskButtons(assigning, answering, tasks, waits, clock);
    }

    @Bean
    ChatCommand tasksCommand(
            MongoTasks tasks, HelpRequests requests, TaskMessages messages, CodeWordIssuing codeWords) {
        return new TasksCommand(tasks, requests, messages, codeWords);
    }

    @Bean
    ErasingTasks erasingTasks(
            MongoTasks tasks,
            MongoTaskWaits waits,
            Messenger messenger,
            org.wearetogether.intake.RequestErasure requests,
            org.wearetogether.chat.Pseudonyms pseudonyms,
            io.micrometer.core.instrument.MeterRegistry meters) {
        return new ErasingTasks(tasks, waits, messenger, requests, pseudonyms, meters);
    }

    @Bean
    TaskSweep taskSweep(
            Withdrawing withdrawing, CodeWordIssuing codeWords, ErasingTasks erasing, TasksSettings settings) {
        return new TaskSweep(
                () -> {
                    withdrawing.sweep();
                    codeWords.retryUntold();
                    erasing.editOwed();
                },
                settings.sweepInterval());
    }

    /** The volunteers module's profiles; none while it is not part of the application. */
    private static Supplier<Volunteers> anyVolunteers(ObjectProvider<Volunteers> volunteers) {
        return () -> volunteers.getIfAvailable(() -> NO_VOLUNTEERS);
    }

    private static final Volunteers NO_VOLUNTEERS = new Volunteers() {
        @Override
        public Optional<Volunteer> byUserId(String userId) {
            return Optional.empty();
        }

        @Override
        public List<Volunteer> available(String regionCode, String search, int skip, int limit) {
            return List.of();
        }

        @Override
        public List<Volunteer> page(Audience audience, String afterUserId, int limit) {
            return List.of();
        }

        @Override
        public long count(Audience audience) {
            return 0;
        }
    };
}
