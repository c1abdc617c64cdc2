package org.wearetogether.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wearetogether.jobs.RetentionRule;
import org.wearetogether.jobs.RetentionRules;
import org.wearetogether.jobs.internal.RetentionJob;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningJobs;
import org.wearetogether.testing.RunningService;

/**
 * Everything expires, end to end. Anna files a request that then has no news for two months: the retention job closes
 * it through the lifecycle, Anna is told politely in her language and the HQ card shows it closed; six months later
 * its personal data is erased. And every collection the service opens has a retention rule: a new collection
 * without one fails here.
 */
class RetentionIT {

    private static final long GROUP = -100;
    private static final Duration WAIT = Duration.ofSeconds(15);

    /** Every collection any bean of the service asked the store for (but the retention rules' own lookups). */
    static final Set<String> OPENED = new ConcurrentSkipListSet<>();

    @TempDir
    Path data;

    @Test
    void aStaleRequestIsClosedItsRequesterToldItsCardRefreshedAndEveryCollectionHasARule() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(
                        telegram,
                        data,
                        "together.access.admins=900",
                        "together.hq.sweep-interval=200ms",
                        "spring.main.sources=" + RecordingCollections.class.getName())) {
            FakeTelegramUser olga = telegram.user(901, "Olga", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            bindHq(telegram, olga);
            RequestFiling.fileThroughTheDialog(anna, RequestFiling.Answers.typical());
            String number = anna.awaitReplyContaining("Request number:")
                    .text()
                    .replaceAll("(?s).*Request number: ([A-Z]+-\\d+).*", "$1");
            telegram.awaitMessage(GROUP, m -> m.text().contains(number), WAIT);

            lastChange(service, number, Instant.now().minus(Duration.ofDays(61)));
            retention(service).run(RunningJobs.DIRECT_RUN);

            FakeTelegramMessage told = anna.awaitReplyContaining("no news on your request No. " + number);
            assertThat(told.text()).contains("please send a new request", "8 800 200-34-11");
            FakeTelegramMessage card = telegram.awaitMessage(
                    GROUP, m -> m.text().contains(number) && m.text().contains("no news for a long time"), WAIT);
            assertThat(card.text()).doesNotContain("Moscow, Tverskaya 1, flat 5");
            Document closed = request(service, number);
            assertThat(closed.getString("status")).isEqualTo("CANCELLED");
            assertThat(closed.getString("statusReason")).isEqualTo("stale");
            assertThat(closed).containsKey("requester");

            lastChange(service, number, Instant.now().minus(Duration.ofDays(181)));
            retention(service).run(RunningJobs.DIRECT_RUN);
            assertThat(request(service, number))
                    .doesNotContainKeys("requester", "address", "details", "answers")
                    .containsKey("personalDataDeletedAt");

            assertEveryCollectionHasARule(service);
        }
    }

    private static void assertEveryCollectionHasARule(RunningService service) {
        Set<String> ruled = new TreeSet<>();
        Stream.concat(
                        service.beans(RetentionRule.class).values().stream(),
                        service.beans(RetentionRules.class).values().stream()
                                .flatMap(rules -> rules.retentionRules().stream()))
                .forEach(rule -> ruled.add(rule.collection()));
        Set<String> stored = new TreeSet<>();
        service.database().listCollectionNames().forEach(stored::add);

        assertThat(OPENED).as("collections opened").contains("requests", "chats", "audit", "hq_cards");
        assertThat(ruled)
                .as("every collection the service opens or stores has a retention rule (README: How long data is kept)")
                .containsAll(OPENED)
                .containsAll(stored);
        // the lease is written only with MongoDB (MONGODB_URI); the embedded store's one process needs none
        ruled.remove("leases");
        assertThat(OPENED)
                .as("no rule names a collection the service never opens")
                .containsAll(ruled);
    }

    private static RetentionJob retention(RunningService service) {
        return service.bean(RetentionJob.class);
    }

    private static void lastChange(RunningService service, String number, Instant at) {
        service.database()
                .getCollection("requests")
                .updateOne(Filters.eq("number", number), Updates.set("updatedAt", Date.from(at)));
    }

    private static Document request(RunningService service, String number) {
        return service.database()
                .getCollection("requests")
                .find(Filters.eq("number", number))
                .first();
    }

    private static void bindHq(FakeTelegram telegram, FakeTelegramUser olga) {
        FakeTelegramUser admin = telegram.user(900, "Admin", "en");
        admin.sendCommand("coordinator 901 RU-MOW");
        admin.awaitReplyContaining("coordinates RU-MOW");
        telegram.groupMessage(GROUP, olga, "/hq@" + telegram.botUsername() + " RU-MOW");
        telegram.awaitMessage(GROUP, m -> m.text().startsWith("Done"), WAIT);
    }

    /** Wraps the store so that every collection a bean asks for is recorded in {@link #OPENED}. */
    @Configuration(proxyBeanMethods = false)
    static class RecordingCollections {

        @Bean
        static BeanPostProcessor recordingCollections() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof MongoDatabase database ? recording(database) : bean;
                }
            };
        }

        private static MongoDatabase recording(MongoDatabase database) {
            return (MongoDatabase) Proxy.newProxyInstance(
                    MongoDatabase.class.getClassLoader(),
                    new Class<?>[] {MongoDatabase.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("getCollection") && !byARetentionRule()) {
                            OPENED.add((String) args[0]);
                        }
                        try {
                            return method.invoke(database, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        /** A rule's own lookup must not count: a rule naming a collection nobody uses would then pass. */
        private static boolean byARetentionRule() {
            return Arrays.stream(Thread.currentThread().getStackTrace())
                    .anyMatch(frame ->
                            frame.getClassName().matches("org\\.wearetogether\\.\\w+\\.internal\\.\\w*Retention"));
        }
    }
}
