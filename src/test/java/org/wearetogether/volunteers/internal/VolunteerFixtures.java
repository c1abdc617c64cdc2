package org.wearetogether.volunteers.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.wearetogether.access.Audit;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.VolunteerStatus;

/** Profiles and in-memory fakes for the volunteers' unit tests. */
final class VolunteerFixtures {

    static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

    private VolunteerFixtures() {}

    static Volunteer volunteer(String userId, String name, String region, List<String> skills) {
        return new Volunteer(
                userId,
                "telegram:" + userId,
                name,
                30,
                "+79161234567",
                region,
                "Center",
                skills,
                List.of("weekends"),
                4,
                VolunteerStatus.PENDING,
                null,
                "en",
                T,
                T);
    }

    static Person person(String userId, String name) {
        return new Person("telegram", userId, userId, name, null);
    }

    /** Roles set up by hand: coordinators by region, admins. */
    static final class FakeRoles implements Roles {
        final Map<String, Set<String>> coordinators = new HashMap<>();
        final Set<String> admins = new HashSet<>();

        FakeRoles coordinator(String userId, String region) {
            coordinators.computeIfAbsent(region, r -> new HashSet<>()).add(userId);
            return this;
        }

        @Override
        public boolean isAdmin(String userId) {
            return admins.contains(userId);
        }

        @Override
        public Set<String> coordinatedRegions(String userId) {
            Set<String> regions = new HashSet<>();
            coordinators.forEach((region, ids) -> {
                if (ids.contains(userId)) {
                    regions.add(region);
                }
            });
            return regions;
        }

        @Override
        public boolean isOperator(String userId) {
            return false;
        }

        @Override
        public Set<String> coordinatorsOf(String regionCode) {
            return coordinators.getOrDefault(regionCode, Set.of());
        }

        @Override
        public Set<String> admins() {
            return admins;
        }
    }

    static final class RecordingAudit implements Audit {
        final List<Entry> entries = new CopyOnWriteArrayList<>();

        @Override
        public void record(Entry entry) {
            entries.add(entry);
        }

        @Override
        public List<Entry> about(String subject, int limit) {
            return entries.stream().filter(e -> e.subject().equals(subject)).toList();
        }

        /** The ids forgotten, each as {@code id -> pseudonym}. */
        final List<String> pseudonymised = new CopyOnWriteArrayList<>();

        @Override
        public long pseudonymise(String id, String pseudonym) {
            pseudonymised.add(id + " -> " + pseudonym);
            return 0;
        }
    }

    /** Records what would be posted, edited and sent; message ids count up. */
    static final class RecordingDelivery extends ChatDelivery {
        record Posted(String chatKey, String messageId, Reply.Message message) {}

        final List<Posted> posted = new CopyOnWriteArrayList<>();
        final List<Posted> edited = new CopyOnWriteArrayList<>();
        final List<Posted> sent = new CopyOnWriteArrayList<>();
        final Set<String> unreachable = new HashSet<>();

        RecordingDelivery() {
            super(Map::of);
        }

        @Override
        public String post(String chatKey, Reply.Message message) {
            if (unreachable.contains(chatKey)) {
                throw new org.wearetogether.chat.ChannelSender.NotDelivered("blocked", true);
            }
            String id = String.valueOf(100 + posted.size());
            posted.add(new Posted(chatKey, id, message));
            return id;
        }

        @Override
        public boolean edit(String chatKey, String messageId, Reply.Message message) {
            edited.add(new Posted(chatKey, messageId, message));
            return true;
        }

        @Override
        public void send(String chatKey, List<Reply> replies) {
            for (Reply reply : replies) {
                sent.add(new Posted(chatKey, null, (Reply.Message) reply));
            }
        }

        List<String> postedTo() {
            return new ArrayList<>(posted.stream().map(Posted::chatKey).toList());
        }
    }
}
