package org.wearetogether.broadcasts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.wearetogether.access.Audit;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.Announcement;
import org.wearetogether.chat.BlockedChats;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.dialog.Reply;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.VolunteerStatus;
import org.wearetogether.volunteers.Volunteers;

/** In-memory fakes for the broadcasts' tests. */
final class BroadcastFakes {

    private BroadcastFakes() {}

    /** A clock that runs with real time and can be shifted forward. */
    static final class ShiftableClock extends Clock {
        private final Instant start;
        private final long startNanos = System.nanoTime();
        private volatile Duration shift = Duration.ZERO;

        ShiftableClock(Instant start) {
            this.start = start;
        }

        void shift(Duration by) {
            shift = shift.plus(by);
        }

        @Override
        public Instant instant() {
            return start.plusNanos(System.nanoTime() - startNanos).plus(shift);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** One call of {@link FakeSender#announce}. */
    record Call(String chatId, long nanos, ChannelSender.Announced result) {}

    /** A channel that records every announcement and answers as told. */
    static final class FakeSender implements ChannelSender {
        final List<Call> calls = new CopyOnWriteArrayList<>();
        final List<String> posts = new CopyOnWriteArrayList<>();
        final List<String> edits = new CopyOnWriteArrayList<>();
        final Set<String> blocked = ConcurrentHashMap.newKeySet();
        final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
        final Set<String> alwaysFailing = ConcurrentHashMap.newKeySet();
        volatile Function<Integer, Announced> byCallNumber = n -> null;
        private final AtomicInteger messageIds = new AtomicInteger();

        @Override
        public String channel() {
            return "telegram";
        }

        @Override
        public void send(String chatId, List<Reply> replies) {}

        @Override
        public String post(String chatId, Reply.Message message) {
            posts.add(message.text());
            return String.valueOf(messageIds.incrementAndGet());
        }

        @Override
        public boolean edit(String chatId, String messageId, Reply.Message message) {
            edits.add(message.text());
            return true;
        }

        @Override
        public Announced announce(String chatId, Announcement announcement) {
            Announced result = answer(chatId);
            calls.add(new Call(chatId, System.nanoTime(), result));
            return result;
        }

        private Announced answer(String chatId) {
            Announced forced = byCallNumber.apply(calls.size() + 1);
            if (forced != null) {
                return forced;
            }
            if (blocked.contains(chatId)) {
                return new Blocked("bot was blocked by the user");
            }
            if (alwaysFailing.contains(chatId)) {
                return new Failed("Internal Server Error", false);
            }
            AtomicInteger left = failuresLeft.get(chatId);
            if (left != null && left.getAndDecrement() > 0) {
                return new Failed("Bad Gateway", false);
            }
            return new Delivered(String.valueOf(messageIds.incrementAndGet()));
        }

        List<String> deliveredTo() {
            return calls.stream()
                    .filter(c -> c.result() instanceof Delivered)
                    .map(Call::chatId)
                    .toList();
        }
    }

    static final class FakeVolunteers implements Volunteers {
        final Map<String, Volunteer> byId = new ConcurrentHashMap<>();

        void add(String userId, String region, VolunteerStatus status, String... skills) {
            byId.put(
                    userId,
                    new Volunteer(
                            userId,
                            "telegram:" + userId,
                            "Volunteer " + userId,
                            30,
                            "+79990000000",
                            region,
                            "District",
                            List.of(skills),
                            List.of("weekends"),
                            4,
                            status,
                            null,
                            "ru",
                            Instant.EPOCH,
                            Instant.EPOCH));
        }

        @Override
        public Optional<Volunteer> byUserId(String userId) {
            return Optional.ofNullable(byId.get(userId));
        }

        @Override
        public List<Volunteer> available(String regionCode, String search, int skip, int limit) {
            return List.of();
        }

        @Override
        public List<Volunteer> page(Audience audience, String afterUserId, int limit) {
            return byId.values().stream()
                    .filter(v -> matches(audience, v))
                    .filter(v -> afterUserId == null || v.userId().compareTo(afterUserId) > 0)
                    .sorted(Comparator.comparing(Volunteer::userId))
                    .limit(limit)
                    .toList();
        }

        @Override
        public long count(Audience audience) {
            return byId.values().stream().filter(v -> matches(audience, v)).count();
        }

        private static boolean matches(Audience a, Volunteer v) {
            return (a.regions().isEmpty() || a.regions().contains(v.regionCode()))
                    && (a.skills().isEmpty() || v.skills().stream().anyMatch(a.skills()::contains))
                    && a.statuses().contains(v.status());
        }
    }

    static final class FakeRoles implements Roles {
        final Set<String> admins = new HashSet<>();
        final Map<String, Set<String>> coordinators = new HashMap<>();

        @Override
        public boolean isAdmin(String userId) {
            return admins.contains(userId);
        }

        @Override
        public Set<String> coordinatedRegions(String userId) {
            return coordinators.getOrDefault(userId, Set.of());
        }

        @Override
        public boolean isOperator(String userId) {
            return false;
        }

        @Override
        public Set<String> coordinatorsOf(String regionCode) {
            Set<String> found = new HashSet<>();
            coordinators.forEach((user, regions) -> {
                if (regions.contains(regionCode)) {
                    found.add(user);
                }
            });
            return found;
        }

        @Override
        public Set<String> admins() {
            return admins;
        }
    }

    static final class FakeBlockedChats implements BlockedChats {
        final Set<String> blocked = ConcurrentHashMap.newKeySet();

        @Override
        public Set<String> among(Collection<String> chatKeys) {
            Set<String> found = new HashSet<>(chatKeys);
            found.retainAll(blocked);
            return found;
        }
    }

    static final class FakeAudit implements Audit {
        final List<Entry> entries = new CopyOnWriteArrayList<>();

        @Override
        public void record(Entry entry) {
            entries.add(entry);
        }

        @Override
        public List<Entry> about(String subject, int limit) {
            return new ArrayList<>(
                    entries.stream().filter(e -> e.subject().equals(subject)).toList());
        }

        @Override
        public long pseudonymise(String id, String pseudonym) {
            return 0; // no test of this fake forgets anyone
        }
    }
}
