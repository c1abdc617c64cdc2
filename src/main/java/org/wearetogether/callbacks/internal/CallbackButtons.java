package org.wearetogether.callbacks.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.ChatButtons;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;

/**
 * The buttons of callback cards ({@code cb:<c|n|f>:<id>}): Called, No answer, Filed as request. Hotline operators,
 * admins and the region's coordinators may press them. Each press is one write guarded by the version read, so of
 * two people pressing at once exactly one wins and the other is told it is already marked. The cards' stubs and the
 * requester's notice follow from the sweep, nudged at once.
 */
final class CallbackButtons implements ChatButtons {

    private static final int ATTEMPTS = 5;

    private final MongoCallbacks store;
    private final CallbackLifecycle lifecycle;
    private final Roles roles;
    private final Runnable nudge;
    private final Clock clock;

    CallbackButtons(MongoCallbacks store, CallbackLifecycle lifecycle, Roles roles, Runnable nudge, Clock clock) {
        this.store = store;
        this.lifecycle = lifecycle;
        this.roles = roles;
        this.nudge = nudge;
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return CallbackCards.PREFIX;
    }

    @Override
    public List<Reply> press(Person person, String language, String data) {
        String[] parts = data.split(":", 3);
        Optional<CallbackLifecycle.Press> press =
                parts.length == 3 ? CallbackLifecycle.Press.of(parts[1]) : Optional.empty();
        Optional<Callback> found = press.isEmpty() ? Optional.empty() : store.byId(parts[2]);
        if (found.isEmpty()) {
            return notice(CallbackTexts.ALREADY_HANDLED, language);
        }
        if (!mayPress(person.userId(), found.get())) {
            return notice(CallbackTexts.STAFF_ONLY, language);
        }
        Callback current = found.get();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<Callback> next =
                    lifecycle.pressed(current, press.get(), person.userId(), person.firstName(), clock.instant());
            if (next.isEmpty()) {
                return notice(CallbackTexts.ALREADY_HANDLED, language);
            }
            if (store.write(current, next.get()).isPresent()) {
                nudge.run();
                return notice(CallbackTexts.MARKED, language);
            }
            Optional<Callback> reread = store.byId(current.id());
            if (reread.isEmpty()) {
                return notice(CallbackTexts.ALREADY_HANDLED, language);
            }
            current = reread.get();
        }
        throw new IllegalStateException("Callback " + current.id() + " keeps changing under a press");
    }

    private boolean mayPress(String userId, Callback c) {
        return roles.isOperator(userId)
                || roles.isAdmin(userId)
                || (c.region() != null && roles.coordinatedRegions(userId).contains(c.region()));
    }

    private static List<Reply> notice(org.wearetogether.dialog.Texts text, String language) {
        return List.of(new Reply.Notice(text.in(language)));
    }
}
