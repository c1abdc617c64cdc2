package org.wearetogether.tasks.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.CodeWords;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.intake.StatusChange;

/**
 * Requests in memory; changes apply one at a time, a closed request changes no more, a change to itself is refused.
 * Code words follow the rules of {@link CodeWords}: "word-1" at filing, then "word-2", "word-3"... for later tasks.
 */
final class FakeRequests implements HelpRequests, RequestLifecycle, CodeWords {

    final Map<String, HelpRequest> byNumber = new ConcurrentHashMap<>();
    /** Numbers whose renewed word the requester was not told yet. */
    final java.util.Set<String> untold = ConcurrentHashMap.newKeySet();
    /** number -> {word, task it is bound to (null: none)} */
    private final Map<String, String[]> codeWords = new ConcurrentHashMap<>();

    private int wordsGiven;
    /** While true, binding a code word fails as a store outage would. */
    volatile boolean codeWordStoreDown;

    final List<StatusChange> changes = new ArrayList<>();

    HelpRequest add(String number, RequestStatus status, Actor holder) {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        HelpRequest r = new HelpRequest(
                number,
                status,
                null,
                holder,
                "RU-MOW",
                HelpRequest.ForWhom.RELATIVE,
                new HelpRequest.Requester("telegram:1001", "1001", "Anna", "+79161234567", "en"),
                new HelpRequest.Beneficiary("Maria Ivanovna", "age_65_plus", "+79160000001"),
                new HelpRequest.Address("Moscow, Tverskaya 1, flat 5", null, null),
                List.of("groceries"),
                "today",
                "Needs bread",
                new HelpRequest.Consent("v1", now, false),
                Map.of(),
                new HelpRequest.Source("telegram", "c-" + number, "request_help", 1, null),
                now,
                now,
                1);
        byNumber.put(number, r);
        codeWords.put(number, new String[] {nextWord(), null});
        return r;
    }

    private synchronized String nextWord() {
        return "word-" + ++wordsGiven;
    }

    @Override
    public Optional<String> current(String number) {
        return Optional.ofNullable(codeWords.get(number)).map(w -> w[0]);
    }

    @Override
    public Optional<String> ofTask(String number, String taskId) {
        return Optional.ofNullable(codeWords.get(number))
                .filter(w -> taskId.equals(w[1]))
                .map(w -> w[0]);
    }

    @Override
    public synchronized Optional<Issued> issueFor(String number, String taskId, boolean firstTask) {
        if (codeWordStoreDown) {
            throw new IllegalStateException("store unreachable");
        }
        String[] w = codeWords.get(number);
        if (w == null) {
            return Optional.empty();
        }
        if (taskId.equals(w[1])) {
            return Optional.of(new Issued(w[0], false));
        }
        if (w[1] == null && firstTask) {
            w[1] = taskId;
            return Optional.of(new Issued(w[0], false));
        }
        w[0] = nextWord();
        w[1] = taskId;
        untold.add(number);
        return Optional.of(new Issued(w[0], true));
    }

    @Override
    public synchronized void told(String number, String word) {
        if (current(number).filter(word::equals).isPresent()) {
            untold.remove(number);
        }
    }

    @Override
    public List<String> untold(int limit) {
        return untold.stream().limit(limit).toList();
    }

    synchronized List<StatusChange> changes() {
        return List.copyOf(changes);
    }

    @Override
    public synchronized Outcome change(String number, Actor actor, RequestStatus to, String comment, Instant at) {
        HelpRequest r = byNumber.get(number);
        if (r == null) {
            return new NotFound();
        }
        if (!r.status().open() || r.status() == to) {
            return new NotAllowed(r.status());
        }
        StatusChange change = new StatusChange(changes.size() + 1, r.status(), to, actor, comment, at);
        changes.add(change);
        Actor holder = to == RequestStatus.SUBMITTED ? null : r.holder();
        HelpRequest after = new HelpRequest(
                r.number(),
                to,
                comment,
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
                at,
                r.version() + 1);
        byNumber.put(number, after);
        return new Changed(after, change);
    }

    @Override
    public Optional<HelpRequest> byNumber(String number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    @Override
    public Submitted submit(HelpRequest draft) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<HelpRequest> byConversation(String conversationId) {
        return Optional.empty();
    }

    @Override
    public List<HelpRequest> byRequester(String chatKey, int limit) {
        return List.of();
    }

    @Override
    public Outcome take(String number, Actor actor, Instant at) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<StatusChange> history(String number) {
        return List.of();
    }

    @Override
    public boolean rate(String number, String requesterChatKey, int stars, String comment, Instant at) {
        return false;
    }

    @Override
    public List<HelpRequest> inRegion(String regionCode, Query query) {
        return List.of();
    }

    @Override
    public List<HelpRequest> changedSince(Instant since, int limit) {
        return List.of();
    }

    @Override
    public List<HelpRequest> unforwarded(int limit) {
        return List.of();
    }

    @Override
    public List<HelpRequest> unforwardedIn(java.util.Collection<String> regionCodes, int limit) {
        return List.of();
    }

    @Override
    public Map<String, Waiting> waitingByRegion() {
        return Map.of();
    }

    @Override
    public void markForwarded(String number, Instant at) {}
}
