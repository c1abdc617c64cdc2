package org.wearetogether.jobs.internal.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the lease promises, on any store: one holder at a time, a standby takes over after the holder dies or lets
 * go, and a holder that cannot renew stops acting before its lease can be taken. Short timings keep it fast: a lease
 * of 1.5 s renewed every 300 ms, margin 500 ms (shorter ones flap on a loaded 2-core machine). Each instance has its own client, so that one can lose the store.
 */
abstract class LeaseContractTests {

    static final LeaseSettings FAST =
            new LeaseSettings(Duration.ofMillis(1500), Duration.ofMillis(300), Duration.ofMillis(500), "");

    /** A connection string of the store under test, ending in the database name. */
    protected abstract String uri();

    private final List<MongoClient> clients = new ArrayList<>();
    private final List<MongoLease> leases = new ArrayList<>();

    @BeforeEach
    void noLeaseYet() {
        try (MongoClient client = MongoClients.create(uri())) {
            client.getDatabase("together")
                    .getCollection(MongoLeaseDocument.COLLECTION)
                    .drop();
        }
    }

    @AfterEach
    void stopAll() {
        leases.forEach(MongoLease::stop);
        clients.forEach(MongoClient::close);
    }

    /** An instance with its own client; {@link Instance#loseTheStore()} closes it, as a crash or a cut cable would. */
    record Instance(MongoLease lease, MongoClient client, List<Transition> transitions) {

        void loseTheStore() {
            client.close();
        }

        boolean leads() {
            return lease.isLeader();
        }
    }

    /** A change the lease announced, with the moment (nanoTime) it was told. */
    record Transition(boolean leader, long atNanos) {}

    Instance instance(String name) {
        return instance(name, Clock.systemUTC());
    }

    Instance instance(String name, Clock clock) {
        MongoClient client = MongoClients.create(uri());
        clients.add(client);
        var lease = new MongoLease(client.getDatabase("together"), FAST, clock, name);
        leases.add(lease);
        List<Transition> transitions = new CopyOnWriteArrayList<>();
        lease.onChange(leader -> transitions.add(new Transition(leader, System.nanoTime())));
        lease.start();
        return new Instance(lease, client, transitions);
    }

    @Test
    void exactlyOneOfSeveralInstancesStartedTogetherLeads() throws InterruptedException {
        List<Instance> instances = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            instances.add(instance("app-" + i));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> instances.stream().anyMatch(Instance::leads));
        long until = System.nanoTime() + Duration.ofMillis(1500).toNanos();
        while (System.nanoTime() < until) {
            assertThat(instances.stream().filter(Instance::leads).count())
                    .as("instances leading at once")
                    .isLessThanOrEqualTo(1);
            Thread.sleep(5);
        }
        assertThat(instances.stream().filter(Instance::leads)).hasSize(1);
    }

    @Test
    void theHolderKeepsItsLeaseByRenewingIt() throws InterruptedException {
        Instance holder = instance("app-1");
        await().atMost(Duration.ofSeconds(5)).until(holder::leads);
        Date firstExpiry = lease().getDate("expiresAt");
        Thread.sleep(FAST.duration().multipliedBy(2).toMillis());
        assertThat(holder.leads()).isTrue();
        assertThat(lease().getDate("expiresAt")).isAfter(firstExpiry);
        assertThat(lease().getString("holder")).isEqualTo("app-1");
        assertThat(holder.transitions()).containsExactly(holder.transitions().get(0));
    }

    @Test
    void aStandbyTakesOverWhenTheHolderLosesTheStoreAndTheHolderStopsFirst() {
        Instance holder = instance("app-1");
        await().atMost(Duration.ofSeconds(5)).until(holder::leads);
        Instance standby = instance("app-2");
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> !standby.leads());
        Date expiryWritten = lease().getDate("expiresAt");
        long holderTerm = lease().getLong("term");

        long cut = System.nanoTime();
        holder.loseTheStore();
        await().atMost(Duration.ofSeconds(3)).until(standby::leads);

        assertThat(holder.leads()).isFalse();
        Transition stepDown = holder.transitions().get(holder.transitions().size() - 1);
        Transition takeOver = standby.transitions().get(0);
        assertThat(stepDown.leader()).isFalse();
        assertThat(takeOver.leader()).isTrue();
        assertThat(stepDown.atNanos())
                .as("the holder stopped acting before the standby started")
                .isLessThan(takeOver.atNanos());
        assertThat(Duration.ofNanos(takeOver.atNanos() - stepDown.atNanos()))
                .as("by about the margin")
                .isGreaterThan(FAST.margin().dividedBy(2));
        assertThat(Duration.ofNanos(takeOver.atNanos() - cut))
                .as("within the lease plus one attempt")
                .isLessThan(FAST.duration().plus(FAST.renewEvery()).plusMillis(500));
        assertThat(lease().getDate("expiresAt")).isAfter(expiryWritten);
        assertThat(lease().getString("holder")).isEqualTo("app-2");
        assertThat(lease().getLong("term")).as("one more acquisition").isEqualTo(holderTerm + 1);
    }

    @Test
    void aStandbyWhoseClockRunsAheadByLessThanTheMarginStillStartsOnlyAfterTheHolderStopped() {
        Instance holder = instance("app-1");
        await().atMost(Duration.ofSeconds(5)).until(holder::leads);
        Clock ahead =
                Clock.offset(Clock.systemUTC(), FAST.margin().multipliedBy(3).dividedBy(4));
        Instance standby = instance("app-2", ahead);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> !standby.leads());

        holder.loseTheStore();
        await().atMost(Duration.ofSeconds(3)).until(standby::leads);

        Transition stepDown = holder.transitions().get(holder.transitions().size() - 1);
        Transition takeOver = standby.transitions().get(0);
        assertThat(stepDown.leader()).isFalse();
        assertThat(stepDown.atNanos())
                .as("the holder stopped acting before the standby, whose clock is ahead, started")
                .isLessThan(takeOver.atNanos());
    }

    @Test
    void aStoppedHolderReleasesItsLeaseAndAStandbyTakesItAtOnce() {
        Instance holder = instance("app-1");
        await().atMost(Duration.ofSeconds(5)).until(holder::leads);
        Instance standby = instance("app-2");
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(1)).until(() -> !standby.leads());

        long stopped = System.nanoTime();
        holder.lease().stop();
        assertThat(holder.leads()).isFalse();
        await().atMost(Duration.ofSeconds(2)).until(standby::leads);
        assertThat(Duration.ofNanos(System.nanoTime() - stopped))
                .as("sooner than the lease would have expired")
                .isLessThan(FAST.duration());
    }

    @Test
    void twoInstancesGivenTheSameNameNeverBothLead() throws InterruptedException {
        Instance one = instance("same-name");
        Instance two = instance("same-name");
        await().atMost(Duration.ofSeconds(5)).until(() -> one.leads() || two.leads());
        long until = System.nanoTime() + Duration.ofMillis(1000).toNanos();
        while (System.nanoTime() < until) {
            assertThat(one.leads() && two.leads()).isFalse();
            Thread.sleep(5);
        }
    }

    @Test
    void aListenerAddedWhileLeadingIsToldAtOnce() {
        Instance holder = instance("app-1");
        await().atMost(Duration.ofSeconds(5)).until(holder::leads);
        List<Boolean> told = new CopyOnWriteArrayList<>();
        holder.lease().onChange(told::add);
        assertThat(told).containsExactly(true);
    }

    private Document lease() {
        try (MongoClient client = MongoClients.create(uri())) {
            return client.getDatabase("together")
                    .getCollection(MongoLeaseDocument.COLLECTION)
                    .find(new Document("_id", MongoLeaseDocument.LEASE_ID))
                    .first();
        }
    }
}
