package org.wearetogether.hq.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.wearetogether.dialog.Texts;
import org.wearetogether.intake.ClosingReasons;

/** The preset reasons a request cannot be fulfilled; buttons carry the short id, the request keeps the words. */
final class Reasons {

    static final Map<String, Texts> ALL = presets();

    private Reasons() {}

    /**
     * The preset whose words (in any language) are {@code reason}; null for anything else, such as a free-text
     * comment from a CRM or the requester's cancellation, which may hold personal data and is never shown on a card.
     */
    static String idOf(String reason) {
        if (reason == null) {
            return null;
        }
        if (ClosingReasons.STALE.equals(reason)) {
            return ClosingReasons.STALE;
        }
        for (var preset : ALL.entrySet()) {
            for (String language : java.util.List.of("ru", "en")) {
                if (preset.getValue().in(language).equals(reason)) {
                    return preset.getKey();
                }
            }
        }
        return null;
    }

    /** The words of a reason id: a preset, or a code the service writes itself ({@link ClosingReasons}); null if none. */
    static String words(String id, String language) {
        if (id == null) {
            return null;
        }
        Texts preset = ALL.get(id);
        return preset != null
                ? preset.in(language)
                : ClosingReasons.STALE.equals(id) ? ClosingReasons.words(id, language) : null;
    }

    private static Map<String, Texts> presets() {
        Map<String, Texts> reasons = new LinkedHashMap<>();
        reasons.put("novol", Texts.of("нет свободных волонтёров", "no volunteers are available"));
        reasons.put("noreach", Texts.of("не удалось связаться", "we could not reach you"));
        reasons.put("scope", Texts.of("такую помощь штаб не оказывает", "the HQ does not give this kind of help"));
        reasons.put("dup", Texts.of("такая просьба уже есть", "the same request exists already"));
        return reasons;
    }
}
