package org.wearetogether.intake.internal;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wearetogether.chat.ChatButtons;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.chat.PersonalData;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.dialog.DialogAction;
import org.wearetogether.intake.IntakeSettings;
import org.wearetogether.jobs.RetentionRule;
import org.wearetogether.jobs.RetentionSettings;
import org.wearetogether.regions.Region;
import org.wearetogether.regions.RegionCatalogue;

/** Wires the intake: the store of requests, the dialog's completion action, {@code /requests} and forgetting. */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.context.properties.EnableConfigurationProperties(IntakeSettings.class)
class IntakeConfiguration {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Bean
    DialogAction submittingHelpRequest(
            MongoHelpRequests requests,
            MongoCodeWords codeWords,
            OpenRequestsCap cap,
            ApplicationEventPublisher events,
            Clock clock,
            CatchingDuplicates duplicates,
            MongoRequestsByPhone byPhone) {
        return new SubmittingHelpRequest(requests, codeWords, cap, events, clock, duplicates, byPhone);
    }

    @Bean
    CatchingDuplicates catchingDuplicates(
            MongoRequestsByPhone byPhone,
            org.wearetogether.intake.RequestNotes notes,
            ObjectProvider<DialogFolder> dialogFolder,
            @Value("${together.dialogs.folder:./dialogs}") Path folder,
            org.wearetogether.chat.Pseudonyms pseudonyms) {
        DialogFolder dialogs = dialogFolder.getIfAvailable(() -> new DialogFolder(folder));
        return new CatchingDuplicates(byPhone, notes, NeedNames.from(dialogs), ChoiceNames.from(dialogs), pseudonyms);
    }

    @Bean
    ForgettingClosedRequestsByPhone forgettingClosedRequestsByPhone(MongoRequestsByPhone byPhone) {
        return new ForgettingClosedRequestsByPhone(byPhone);
    }

    /**
     * {@code requests_by_phone} holds keyed hashes and request numbers only: a document no number was added to for
     * longer than an open request can go unchanged (it is closed as stale by then) goes, as {@code requests_by_chat}.
     */
    @Bean
    RetentionRule requestsByPhoneRule(MongoRequestsByPhone byPhone, RetentionSettings settings) {
        java.time.Duration kept = settings.staleRequests().plus(java.time.Duration.ofDays(1));
        return new RetentionRule(
                "requests-by-phone",
                MongoRequestsByPhone.COLLECTION,
                (now, limit) -> byPhone.expireAddedBefore(now.minus(kept), limit));
    }

    @Bean
    OpenRequestsCap openRequestsCap(
            MongoHelpRequests requests,
            IntakeSettings settings,
            @Value("${together.chat.hotline:8 800 200-34-11}") String hotline) {
        return new OpenRequestsCap(requests, settings.maxOpenRequests(), hotline);
    }

    @Bean
    ChatCommand myRequestsCommand(
            MongoHelpRequests requests,
            MongoCodeWords codeWords,
            ObjectProvider<DialogFolder> dialogFolder,
            @Value("${together.dialogs.folder:./dialogs}") Path folder,
            RegionCatalogue regions) {
        return new MyRequestsCommand(
                requests,
                codeWords,
                NeedNames.from(dialogFolder.getIfAvailable(() -> new DialogFolder(folder))),
                code -> regions.byCode(code).map(Region::zone).orElse(MOSCOW));
    }

    @Bean
    ChatButtons cancelButtons(
            MongoHelpRequests requests,
            ObjectProvider<org.wearetogether.intake.RequestLifecycle> lifecycle,
            Clock clock) {
        return new CancelButtons(requests, lifecycle::getObject, clock);
    }

    @Bean
    ScrubbingErasedRequests scrubbingErasedRequests(org.wearetogether.storage.StoreScrub scrub) {
        return new ScrubbingErasedRequests(scrub);
    }

    @Bean
    IntakeRetention intakeRetention(
            MongoHelpRequests requests, MongoRequestLifecycle lifecycle, ErasingRequests erasing, Clock clock) {
        return new IntakeRetention(requests, lifecycle, erasing, clock);
    }

    @Bean
    RetentionRule staleOpenRequestsRule(IntakeRetention retention, RetentionSettings settings) {
        return retention.staleOpenRequests(settings.staleRequests());
    }

    /** The consent texts' promise: "while the request is open and 6 months after" ({@code TOGETHER_RETENTION}). */
    @Bean
    RetentionRule closedRequestsPersonalDataRule(IntakeRetention retention, IntakeSettings settings) {
        return retention.closedRequestsPersonalData(settings.retention());
    }

    @Bean
    RetentionRule rememberedNumbersRule(IntakeRetention retention, RetentionSettings settings) {
        return retention.rememberedNumbers(settings.staleRequests());
    }

    @Bean
    RetentionRule numberCountersRule() {
        return IntakeRetention.numberCounters();
    }

    @Bean
    RequestCounts requestCounts(MongoHelpRequests requests, IntakeSettings settings, MeterRegistry meters) {
        return new RequestCounts(requests, settings.countEvery(), meters);
    }

    @Bean
    ErasingRequests erasingRequests(
            MongoHelpRequests requests,
            MongoRequestLifecycle lifecycle,
            ApplicationEventPublisher events,
            Clock clock,
            org.wearetogether.chat.Pseudonyms pseudonyms,
            MongoRequestsByPhone byPhone) {
        return new ErasingRequests(requests, lifecycle, events, clock, pseudonyms, byPhone::forget);
    }

    @Bean
    ErasureNotices erasureNotices(ErasingRequests erasure) {
        return new ErasureNotices(erasure);
    }

    @Bean
    PersonalData forgettingRequester(
            MongoHelpRequests requests, ErasingRequests erasure, org.wearetogether.chat.Pseudonyms pseudonyms) {
        return new ForgettingRequester(requests, erasure, pseudonyms);
    }

    @Bean
    EraseCommand eraseCommand(
            MongoHelpRequests requests,
            ErasingRequests erasure,
            org.wearetogether.access.Roles roles,
            org.wearetogether.access.Audit audit,
            Clock clock) {
        return new EraseCommand(requests, erasure, requests, roles, audit, clock);
    }

    @Bean
    CountingStatistics countingStatistics(
            MongoRequestStatistics statistics, @Value("${together.statistics.sweep-interval:30s}") String interval) {
        // read as text: also in a plain context without Boot's conversion service
        return new CountingStatistics(
                statistics, org.springframework.boot.convert.DurationStyle.detectAndParse(interval));
    }

    /** The daily counters hold no personal data; kept {@code together.statistics.keep} after their day. */
    @Bean
    RetentionRule requestStatisticsRule(
            MongoRequestStatistics statistics, @Value("${together.statistics.keep:730d}") String keeping) {
        java.time.Duration keep = org.springframework.boot.convert.DurationStyle.detectAndParse(keeping);
        return new RetentionRule(
                "request-statistics-days",
                MongoRequestStatistics.DAYS,
                (now, limit) -> statistics.deleteDaysBefore(
                        java.time.LocalDate.ofInstant(now.minus(keep), org.wearetogether.intake.RequestStatistics.ZONE),
                        limit));
    }

    @Bean
    RetentionRule requestStatisticsMarksRule() {
        return RetentionRule.keptWhileNeeded("request-statistics-marks", MongoRequestStatistics.MARKS);
    }
}
