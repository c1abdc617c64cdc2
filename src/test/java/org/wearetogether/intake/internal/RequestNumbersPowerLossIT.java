package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.storage.internal.PowerLossStore;

/**
 * A request number told to a person is never handed out again, even when the machine loses power with the embedded
 * store's fsync off (the default): the store then forgets the writes it had not forced to the disk.
 */
class RequestNumbersPowerLossIT {

    @TempDir
    Path dataDir;

    @Test
    void handsOutHigherNumbersAfterAPowerLossThanEverBefore() {
        Set<Long> handedOut = new HashSet<>();
        try (PowerLossStore disk = PowerLossStore.start(dataDir, Duration.ofHours(1))) {
            for (int power = 1; power <= 3; power++) {
                long highestBefore =
                        handedOut.stream().mapToLong(Long::longValue).max().orElse(0);
                try (MongoClient client = MongoClients.create(disk.connectionString())) {
                    MongoDatabase database = client.getDatabase("together");
                    MongoRequestNumbers numbers = new MongoRequestNumbers(database);
                    for (int i = 0; i < 10; i++) {
                        long number = sequenceOf(numbers.next("RU-MOW"));
                        assertThat(number).isGreaterThan(highestBefore);
                        assertThat(handedOut.add(number))
                                .as("%d handed out once", number)
                                .isTrue();
                    }
                    // an ordinary write after the last number: in the operating system's cache only
                    incrementPlainly(database);
                }
                disk.loseAllPower();
                disk.powerOn();
                try (MongoClient client = MongoClients.create(disk.connectionString())) {
                    assertThat(client.getDatabase("together")
                                    .getCollection("probe")
                                    .find()
                                    .first())
                            .as("the power loss did lose what was not forced")
                            .isNull();
                }
            }
            assertThat(handedOut).hasSize(30);
        }
    }

    @Test
    void aSubmittedRequestWhoseNumberWasToldSurvivesAPowerLoss() {
        try (PowerLossStore disk = PowerLossStore.start(dataDir, Duration.ofHours(1))) {
            String told;
            try (MongoClient client = MongoClients.create(disk.connectionString())) {
                MongoDatabase database = client.getDatabase("together");
                told = new MongoHelpRequests(database)
                        .submit(RequestAnswers.draft(
                                Submissions.forMe("c1", "RU-MOW"), java.time.Instant.parse("2026-12-07T10:00:00Z")))
                        .request()
                        .number();
                incrementPlainly(database);
            }
            disk.loseAllPower();
            disk.powerOn();
            try (MongoClient client = MongoClients.create(disk.connectionString())) {
                MongoDatabase database = client.getDatabase("together");
                assertThat(database.getCollection("probe").find().first())
                        .as("the power loss did lose what was not forced")
                        .isNull();
                var again = new MongoHelpRequests(database)
                        .submit(RequestAnswers.draft(
                                Submissions.forMe("c1", "RU-MOW"), java.time.Instant.parse("2026-12-07T10:00:05Z")));
                assertThat(again.created())
                        .as("Send pressed again finds the stored request")
                        .isFalse();
                assertThat(again.request().number()).isEqualTo(told);
            }
        }
    }

    @Test
    void handsOutHigherNumbersAfterAPowerLossInTheMiddleOfBusyWork() throws Exception {
        List<Long> handedOut = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean powerFailing = new AtomicBoolean();
        try (PowerLossStore disk = PowerLossStore.start(dataDir, Duration.ofMillis(100))) {
            ExecutorService callers = Executors.newFixedThreadPool(4);
            try (MongoClient client = MongoClients.create(disk.connectionString())) {
                MongoDatabase database = client.getDatabase("together");
                MongoRequestNumbers numbers = new MongoRequestNumbers(database);
                List<Future<?>> running = new ArrayList<>();
                for (int thread = 0; thread < 4; thread++) {
                    running.add(callers.submit(() -> {
                        try {
                            while (true) {
                                long number = sequenceOf(numbers.next("RU-SPE"));
                                // a reply that came before the power began to fail was told to a person
                                if (powerFailing.get()) {
                                    return;
                                }
                                handedOut.add(number);
                                incrementPlainly(database);
                            }
                        } catch (MongoException | IllegalStateException stopped) {
                            // the store (or the client) went away with the power
                            if (!powerFailing.get()) {
                                throw stopped;
                            }
                        }
                    }));
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (handedOut.size() < 40 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                powerFailing.set(true);
                disk.loseAllPower();
                callers.shutdown();
                for (Future<?> caller : running) {
                    caller.get(30, TimeUnit.SECONDS); // rethrows what a caller did not expect
                }
            }
            disk.powerOn();

            try (MongoClient client = MongoClients.create(disk.connectionString())) {
                long next = sequenceOf(new MongoRequestNumbers(client.getDatabase("together")).next("RU-SPE"));
                assertThat(handedOut).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
                assertThat(next).isGreaterThan(Collections.max(handedOut));
            }
        }
    }

    private static void incrementPlainly(MongoDatabase database) {
        MongoCollection<Document> probe = database.getCollection("probe");
        probe.findOneAndUpdate(
                Filters.eq("_id", "plain"), Updates.inc("n", 1), new FindOneAndUpdateOptions().upsert(true));
    }

    private static long sequenceOf(String number) {
        return Long.parseLong(number.substring(number.indexOf('-') + 1));
    }
}
