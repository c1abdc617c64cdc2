package org.wearetogether.hq.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.dialog.Reply;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.intake.StatusChange;

/** In-memory stand-ins for the HQ unit tests: requests, a Telegram-like channel with per-chat faults, roles, a clock. */
final class HqFakes {

    private HqFakes() {}

    static HelpRequest request(String number, String region, Instant createdAt) {
        return new HelpRequest(
                number,
                RequestStatus.SUBMITTED,
                null,
                null,
                region,
                HelpRequest.ForWhom.RELATIVE,
                new HelpRequest.Requester("telegram:1001", "1001", "Anna", "+79161234567", "en"),
                new HelpRequest.Beneficiary("Maria Ivanovna", "age_65_plus", "+79160000001"),
                new HelpRequest.Address("Moscow, Tverskaya 1, flat 5", null, null),
                List.of("groceries"),
                "this_week",
                "Needs bread",
                new HelpRequest.Consent("v1", createdAt, false),
                Map.of(),
                new HelpRequest.Source("telegram", "c-" + number, "request_help", 1, null),
                createdAt,
                createdAt,
                0);
    }

    /** Requests in memory with the lifecycle's rules that the HQ relies on. */
    static final class Requests implements HelpRequests, RequestLifecycle {

        final Map<String, HelpRequest> byNumber = new LinkedHashMap<>();
        final Set<String> forwarded = new HashSet<>();
        final List<StatusChange> changes = new ArrayList<>();
        final Map<String, List<StatusChange>> history = new LinkedHashMap<>();
        /** Reading what waits fails, as with the store unreachable. */
        volatile boolean unreachable;

        HelpRequest add(HelpRequest request) {
            byNumber.put(request.number(), request);
            return request;
        }

        HelpRequest held(String number, String region, Actor holder) {
            HelpRequest r = request(number, region, Instant.parse("2026-11-25T10:00:00Z"));
            return add(with(r, RequestStatus.ACCEPTED, holder));
        }

        @Override
        public Submitted submit(HelpRequest draft) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<HelpRequest> byNumber(String number) {
            return Optional.ofNullable(byNumber.get(number));
        }

        @Override
        public Optional<HelpRequest> byConversation(String conversationId) {
            return Optional.empty();
        }

        @Override
        public List<HelpRequest> byRequester(String chatKey, int limit) {
            return List.of();
        }

        /** As the store takes: exactly one of several takers at once wins. */
        @Override
        public synchronized Outcome take(String number, Actor actor, Instant at) {
            HelpRequest r = byNumber.get(number);
            if (r == null) {
                return new NotFound();
            }
            if (r.holder() != null) {
                return r.holder().sameAs(actor) ? new NotAllowed(r.status()) : new HeldByAnother(r.holder());
            }
            if (r.status() != RequestStatus.SUBMITTED) {
                return new NotAllowed(r.status());
            }
            StatusChange change =
                    new StatusChange(changes.size() + 1, r.status(), RequestStatus.ACCEPTED, actor, null, at);
            changes.add(change);
            history.computeIfAbsent(number, n -> new ArrayList<>()).add(change);
            HelpRequest after = with(r, RequestStatus.ACCEPTED, actor);
            byNumber.put(number, after);
            return new Changed(after, change);
        }

        @Override
        public synchronized Outcome change(String number, Actor actor, RequestStatus to, String comment, Instant at) {
            HelpRequest r = byNumber.get(number);
            if (r == null) {
                return new NotFound();
            }
            boolean mayAct = actor.role() == Actor.Role.ADMIN
                    || actor.role() == Actor.Role.SYSTEM
                    || r.holder() == null
                    || r.holder().sameAs(actor);
            if (!r.status().open() || r.status() == to) {
                return new NotAllowed(r.status());
            }
            if (!mayAct) {
                return new HeldByAnother(r.holder());
            }
            StatusChange change = new StatusChange(changes.size() + 1, r.status(), to, actor, comment, at);
            changes.add(change);
            history.computeIfAbsent(number, n -> new ArrayList<>()).add(change);
            HelpRequest after = with(r, to, to == RequestStatus.SUBMITTED ? null : r.holder());
            byNumber.put(number, after);
            return new Changed(after, change);
        }

        @Override
        public List<StatusChange> history(String number) {
            return List.copyOf(history.getOrDefault(number, List.of()));
        }

        @Override
        public boolean rate(String number, String requesterChatKey, int stars, String comment, Instant at) {
            return false;
        }

        @Override
        public List<HelpRequest> inRegion(String regionCode, Query query) {
            return byNumber.values().stream()
                    .filter(r -> r.regionCode().equals(regionCode))
                    .filter(r -> query.statuses().isEmpty() || query.statuses().contains(r.status()))
                    .skip(query.skip())
                    .limit(query.limit())
                    .toList();
        }

        @Override
        public List<HelpRequest> changedSince(Instant since, int limit) {
            return byNumber.values().stream()
                    .filter(r -> !r.updatedAt().isBefore(since))
                    .sorted(Comparator.comparing(HelpRequest::updatedAt))
                    .limit(limit)
                    .toList();
        }

        @Override
        public List<HelpRequest> unforwarded(int limit) {
            return unforwardedIn(null, limit);
        }

        @Override
        public List<HelpRequest> unforwardedIn(Collection<String> regionCodes, int limit) {
            return byNumber.values().stream()
                    .filter(r -> !forwarded.contains(r.number()))
                    .filter(r -> regionCodes == null || regionCodes.contains(r.regionCode()))
                    .sorted(Comparator.comparing(HelpRequest::createdAt))
                    .limit(limit)
                    .toList();
        }

        @Override
        public Map<String, Waiting> waitingByRegion() {
            if (unreachable) {
                throw new IllegalStateException("store unreachable");
            }
            Map<String, long[]> counts = new TreeMap<>();
            for (HelpRequest r : byNumber.values()) {
                boolean untaken = r.status() == RequestStatus.SUBMITTED;
                boolean unforwarded = !forwarded.contains(r.number());
                if (untaken || unforwarded) {
                    long[] c = counts.computeIfAbsent(r.regionCode(), k -> new long[2]);
                    c[0] += untaken ? 1 : 0;
                    c[1] += unforwarded ? 1 : 0;
                }
            }
            Map<String, Waiting> result = new TreeMap<>();
            counts.forEach((k, c) -> result.put(k, new Waiting(c[0], c[1])));
            return result;
        }

        @Override
        public void markForwarded(String number, Instant at) {
            forwarded.add(number);
        }

        private static HelpRequest with(HelpRequest r, RequestStatus status, Actor holder) {
            return new HelpRequest(
                    r.number(),
                    status,
                    r.statusReason(),
                    holder,
                    r.regionCode(),
                    r.forWhom(),
                    r.requester(),
                    r.beneficiary(),
                    r.address(),
                    r.needs(),
                    r.urgency(),
                    r.details(),
                    r.consent(),
                    r.answers(),
                    r.source(),
                    r.createdAt(),
                    r.updatedAt(),
                    r.version() + 1);
        }
    }

    /** How the fake channel answers a post to a chat. */
    enum Answer {
        OK,
        CHAT_GONE,
        MOVED,
        PASSING,
        MESSAGE_REFUSED
    }

    /** A channel named {@code telegram} that records posts and answers per chat as told. */
    static final class Channel implements ChannelSender {

        final Map<String, Answer> answers = new LinkedHashMap<>();
        final Map<String, String> movedTo = new LinkedHashMap<>();
        final List<String> posts = new ArrayList<>();
        final List<String> sent = new ArrayList<>();
        /** Posts with their buttons, as {@code chatId} and the message. */
        final List<Map.Entry<String, Reply.Message>> postedMessages = new ArrayList<>();
        /** Sends fail (as a store that cannot keep the replies would) while set. */
        volatile boolean sendFails;
        /** Runs after each successful post, as a change made while the post was on its way. */
        volatile Runnable afterPost = () -> {};

        private int ids = 100;

        @Override
        public String channel() {
            return "telegram";
        }

        @Override
        public void send(String chatId, List<Reply> replies) {
            if (sendFails) {
                throw new IllegalStateException("store unreachable");
            }
            replies.forEach(r -> sent.add(chatId + ": " + ((Reply.Message) r).text()));
        }

        @Override
        public String post(String chatId, Reply.Message message) {
            switch (answers.getOrDefault(chatId, Answer.OK)) {
                case CHAT_GONE -> throw NotDelivered.chatGone("403 Forbidden: bot was kicked from the group chat");
                case MOVED -> throw NotDelivered.movedTo("400 group chat was upgraded", movedTo.get(chatId));
                case PASSING -> throw new NotDelivered("502 Bad Gateway", false);
                case MESSAGE_REFUSED -> throw new NotDelivered("400 message is too long", true);
                default -> {}
            }
            posts.add(chatId + ": " + message.text());
            postedMessages.add(Map.entry(chatId, message));
            afterPost.run();
            return String.valueOf(ids++);
        }

        /** How an edit of a message (by its id) is answered; OK when not told. */
        final Map<String, Answer> editAnswers = new LinkedHashMap<>();
        /** Edits done, as {@code chatId/messageId: text}. */
        final List<String> edits = new ArrayList<>();

        @Override
        public boolean edit(String chatId, String messageId, Reply.Message message) {
            return editOrExplain(chatId, messageId, message) == Edited.DONE;
        }

        @Override
        public Edited editOrExplain(String chatId, String messageId, Reply.Message message) {
            switch (editAnswers.getOrDefault(messageId, Answer.OK)) {
                case CHAT_GONE, MESSAGE_REFUSED, MOVED -> {
                    return Edited.GIVEN_UP;
                }
                case PASSING -> {
                    return Edited.TRY_LATER;
                }
                default -> {}
            }
            edits.add(chatId + "/" + messageId + ": " + message.text());
            return Edited.DONE;
        }

        long postsTo(String chatId, String number) {
            return posts.stream()
                    .filter(p -> p.startsWith(chatId + ":") && p.contains(number))
                    .count();
        }
    }

    /** Admins 900 and 901's roles as set. */
    static final class FixedRoles implements Roles {
        final Set<String> admins = new HashSet<>(Set.of("900"));
        final Map<String, Set<String>> coordinators = new LinkedHashMap<>();

        @Override
        public boolean isAdmin(String userId) {
            return admins.contains(userId);
        }

        @Override
        public Set<String> coordinatedRegions(String userId) {
            return coordinators.getOrDefault(userId, Set.of());
        }

        final Set<String> operators = new HashSet<>();

        @Override
        public boolean isOperator(String userId) {
            return operators.contains(userId);
        }

        @Override
        public Set<String> coordinatorsOf(String regionCode) {
            Set<String> ids = new HashSet<>();
            coordinators.forEach((id, regions) -> {
                if (regions.contains(regionCode)) {
                    ids.add(id);
                }
            });
            return ids;
        }

        @Override
        public Set<String> admins() {
            return admins;
        }
    }

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
