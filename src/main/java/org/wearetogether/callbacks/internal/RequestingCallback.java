package org.wearetogether.callbacks.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.wearetogether.callbacks.CallbacksSettings;
import org.wearetogether.chat.DialogGate;
import org.wearetogether.dialog.DialogAction;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.regions.RegionCatalogue;

/**
 * The dialog {@code call_me_back} (phone, then region unless known): its completion stores the callback and tells
 * the person a call is coming; its gate turns away a second one while one is open and carries over a known region.
 */
final class RequestingCallback implements DialogAction, DialogGate {

    static final String DIALOG = "call_me_back";
    static final String ACTION = "request_callback";
    static final String REGION = "region";

    private final MongoCallbacks store;
    private final CallbackLifecycle lifecycle;
    private final HelpRequests requests;
    private final RegionCatalogue regions;
    private final CallbacksSettings settings;
    private final Runnable nudge;

    RequestingCallback(
            MongoCallbacks store,
            CallbackLifecycle lifecycle,
            HelpRequests requests,
            RegionCatalogue regions,
            CallbacksSettings settings,
            Runnable nudge) {
        this.store = store;
        this.lifecycle = lifecycle;
        this.requests = requests;
        this.regions = regions;
        this.settings = settings;
        this.nudge = nudge;
    }

    @Override
    public String name() {
        return ACTION;
    }

    @Override
    public Result run(Submission s) {
        Person person = s.person();
        String phone = String.valueOf(s.answers().get("phone"));
        Object region = s.answers().get(REGION);
        String id = "CB-" + s.conversationId().toUpperCase(Locale.ROOT);
        Callback asked = lifecycle.created(
                id,
                person.chatKey(),
                person.userId(),
                person.firstName(),
                s.language(),
                phone,
                region == null ? null : region.toString(),
                s.submittedAt());
        Optional<MongoCallbacks.Inserted> inserted = store.insert(asked);
        if (inserted.isEmpty()) {
            Optional<Callback> open = store.openOf(person.chatKey());
            String reference = open.map(Callback::id).orElse(id);
            return new Result(reference, List.of(alreadyWaiting(open.orElse(asked), s.language())));
        }
        if (inserted.get().created()) {
            nudge.run();
        }
        String within = settings.sla().toMinutes() + ("en".equals(s.language()) ? " min" : " мин");
        return new Result(
                id,
                List.of(Reply.Message.plain(
                        CallbackTexts.ACCEPTED.in(s.language()).formatted(phone, within))));
    }

    @Override
    public Optional<List<Reply>> refuse(Person person, String dialogId, String language) {
        if (!DIALOG.equals(dialogId)) {
            return Optional.empty();
        }
        return store.openOf(person.chatKey()).map(open -> List.of(alreadyWaiting(open, language)));
    }

    /**
     * The region of the dialog being left if it was answered, else of the person's latest request; else none, and
     * the dialog asks.
     */
    @Override
    public Map<String, Object> presetAnswers(Person person, String dialogId, Map<String, Object> inProgress) {
        if (!DIALOG.equals(dialogId)) {
            return Map.of();
        }
        Object answered = inProgress.get(REGION);
        if (answered instanceof String code && regions.byCode(code).isPresent()) {
            return Map.of(REGION, code);
        }
        return requests.latestRegionOf(person.chatKey())
                .filter(code -> regions.byCode(code).isPresent())
                .<Map<String, Object>>map(code -> Map.of(REGION, code))
                .orElse(Map.of());
    }

    private static Reply alreadyWaiting(Callback open, String language) {
        String phone = open.phone() == null ? "" : open.phone();
        return Reply.Message.plain(CallbackTexts.ALREADY_WAITING.in(language).formatted(phone));
    }
}
