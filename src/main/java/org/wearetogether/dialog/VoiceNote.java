package org.wearetogether.dialog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A voice message given as the answer to a free-text step: Telegram's id of the file and its length, never the audio.
 * It is kept among the answers as a marked text ({@link #answer()}), so it travels wherever a text answer does (the
 * stored conversation, the request's details) and is erased with it; whoever shows an answer reads it back with
 * {@link #in(Object)} and shows {@link #display(String)}, never the marked text.
 *
 * @param fileId the channel's id of the file, e.g. Telegram's {@code file_id}; personal data
 * @param seconds how long it is
 */
public record VoiceNote(String fileId, int seconds) {

    /** Starts a voice answer; a private-use character nobody types, and typed answers starting so are refused. */
    public static final String MARKER = "\uE000voice:";

    private static final Pattern ANSWER = Pattern.compile("\uE000voice:(\\d{1,6}):([A-Za-z0-9_\\-]{1,200})");

    private static final Texts SHOWN = Texts.of("🎤 голосовое сообщение, %s", "🎤 voice message, %s");
    private static final Texts EXPORTED =
            Texts.of("🎤 голосовое сообщение, %s (хранится его id)", "🎤 voice message, %s (id kept)");

    public VoiceNote {
        if (fileId == null || !fileId.matches("[A-Za-z0-9_\\-]{1,200}")) {
            throw new IllegalArgumentException("not a file id");
        }
        seconds = Math.max(0, Math.min(seconds, 999_999));
    }

    /** The answer as it is kept: {@code MARKER + seconds + ":" + fileId}. */
    public String answer() {
        return MARKER + seconds + ":" + fileId;
    }

    /** The voice note an answer holds; empty for any other answer (text, a list, null). */
    public static Optional<VoiceNote> in(Object answer) {
        if (!(answer instanceof String text) || !text.startsWith(MARKER)) {
            return Optional.empty();
        }
        Matcher m = ANSWER.matcher(text);
        return m.matches() ? Optional.of(new VoiceNote(m.group(2), Integer.parseInt(m.group(1)))) : Optional.empty();
    }

    /** Whether a text starts like a voice answer (a typed one is refused, so it can never be taken for one). */
    public static boolean looksLikeVoice(String text) {
        return text != null && text.startsWith(MARKER);
    }

    /** As people read it: "🎤 voice message, 0:42". */
    public String display(String language) {
        return SHOWN.in(language).formatted(length());
    }

    /**
     * As a person's own data export shows it: the file's id is kept but not shown, since it is of use only to this
     * bot, e.g. "🎤 voice message, 0:42 (id kept)".
     */
    public String exported(String language) {
        return EXPORTED.in(language).formatted(length());
    }

    /** An answer as it may be shown outside the bot: a voice answer {@link #exported}, any other unchanged. */
    public static Object readable(Object answer, String language) {
        return in(answer).<Object>map(v -> v.exported(language)).orElse(answer);
    }

    /** {@link #readable(Object, String)} for every answer of a map, in its order. */
    public static Map<String, Object> readable(Map<String, Object> answers, String language) {
        Map<String, Object> readable = new LinkedHashMap<>();
        answers.forEach((key, answer) -> readable.put(key, readable(answer, language)));
        return readable;
    }

    /** {@code m:ss}. */
    public String length() {
        return "%d:%02d".formatted(seconds / 60, seconds % 60);
    }
}
