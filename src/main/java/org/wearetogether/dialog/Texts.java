package org.wearetogether.dialog;

import java.util.List;
import java.util.Map;

/**
 * One user-facing text in every supported language, e.g. {@code {ru: "Кому нужна помощь?", en: "Who needs help?"}}.
 * Texts may contain placeholders naming earlier answers: {@code {beneficiary_name}}.
 */
public record Texts(Map<String, String> byLanguage) {

    /** Languages every text must have. The first is the fallback. */
    public static final List<String> SUPPORTED_LANGUAGES = List.of("ru", "en");

    private static final java.util.Set<String> RUSSIAN_READERS =
            java.util.Set.of("uk", "be", "kk", "ky", "uz", "tg", "tt", "ba", "hy", "az", "ka", "mo", "sah", "ce");

    public Texts {
        byLanguage = Map.copyOf(byLanguage);
    }

    public static Texts of(String ru, String en) {
        return new Texts(Map.of("ru", ru, "en", en));
    }

    /** The text in {@code language}, else in the fallback language. */
    public String in(String language) {
        String text = byLanguage.get(language);
        return text != null ? text : byLanguage.get(SUPPORTED_LANGUAGES.get(0));
    }

    /** The closest supported language to a client's language tag such as {@code en-GB}; Russian otherwise. */
    public static String supportedLanguage(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return SUPPORTED_LANGUAGES.get(0);
        }
        String primary = languageTag.toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
        if (SUPPORTED_LANGUAGES.contains(primary)) {
            return primary;
        }
        // People whose client speaks a neighbouring language most likely read Russian; everyone else gets English.
        return RUSSIAN_READERS.contains(primary) ? "ru" : "en";
    }
}
