package org.wearetogether.callbacks.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wearetogether.chat.DataExport;
import org.wearetogether.chat.PersonalData;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Texts;
import org.wearetogether.jobs.RetentionRule;

/**
 * A person's callbacks for {@code /privacy} (an open one is closed, its cards cleaned, the phone and the person's
 * ids dropped) and {@code /mydata} (section {@code callbacks}); and their retention.
 */
final class CallbackData implements PersonalData, DataExport {

    private static final int ATTEMPTS = 5;

    private final MongoCallbacks store;
    private final CallbackLifecycle lifecycle;
    private final Runnable nudge;
    private final Clock clock;

    CallbackData(MongoCallbacks store, CallbackLifecycle lifecycle, Runnable nudge, Clock clock) {
        this.store = store;
        this.lifecycle = lifecycle;
        this.nudge = nudge;
        this.clock = clock;
    }

    @Override
    public void forget(Person person) {
        boolean any = false;
        for (Callback c : store.byChat(person.chatKey())) {
            Callback current = c;
            for (int attempt = 1; attempt <= ATTEMPTS && current != null; attempt++) {
                if (store.write(current, lifecycle.erased(current, clock.instant()))
                        .isPresent()) {
                    any = true;
                    break;
                }
                current = store.byId(c.id())
                        .filter(r -> person.chatKey().equals(r.chatKey()))
                        .orElse(null);
            }
        }
        if (any) {
            nudge.run(); // the cards' stubs
        }
    }

    @Override
    public Optional<Section> export(Person person, String language) {
        List<Callback> mine = store.byChat(person.chatKey());
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        List<Object> data = new ArrayList<>();
        for (Callback c : mine) {
            Builder b = new Builder(c.id())
                    .add("id", CallbackTexts.EXPORT_ID.in(language), c.id())
                    .add(
                            "askedAt",
                            CallbackTexts.EXPORT_ASKED.in(language),
                            DataExport.json(c.createdAt()),
                            DataExport.shown(c.createdAt()))
                    .add("phone", CallbackTexts.EXPORT_PHONE.in(language), c.phone())
                    .add("region", CallbackTexts.EXPORT_REGION.in(language), c.region())
                    .add(
                            "state",
                            CallbackTexts.EXPORT_STATE.in(language),
                            state(c),
                            stateText(c).in(language))
                    .add("noAnswers", CallbackTexts.EXPORT_ATTEMPTS.in(language), c.noAnswers())
                    .add(
                            "closedAt",
                            CallbackTexts.EXPORT_CLOSED.in(language),
                            DataExport.json(c.closedAt()),
                            DataExport.shown(c.closedAt()));
            entries.add(b.entry());
            data.add(b.json());
        }
        return Optional.of(new Section(
                "callbacks", CallbackTexts.EXPORT_TITLE.in(language), entries, java.util.Map.of("asked", data)));
    }

    private static String state(Callback c) {
        return c.open() ? "waiting" : c.outcome().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static Texts stateText(Callback c) {
        if (c.open()) {
            return CallbackTexts.STATE_WAITING;
        }
        return switch (c.outcome()) {
            case CALLED -> CallbackTexts.STATE_CALLED;
            case FILED -> CallbackTexts.STATE_FILED;
            case NO_ANSWER -> CallbackTexts.STATE_NO_ANSWER;
            case ERASED, EXPIRED -> CallbackTexts.STATE_CLOSED;
        };
    }

    /** Closed callbacks (no phone left) are deleted {@code retention} after closing, once their cards are cleaned. */
    static RetentionRule retention(MongoCallbacks store, java.time.Duration retention) {
        return new RetentionRule(
                "callbacks-closed",
                MongoCallbacks.COLLECTION,
                (now, limit) -> store.deleteClosedBefore(now.minus(retention), limit));
    }
}
