package org.wearetogether.chat;

import java.util.List;

/**
 * A message a person wrote to be passed on to many (a coordinator's broadcast), kept with its formatting and an
 * optional photo so that every recipient sees it as written.
 *
 * @param text the text, or the photo's caption; may be empty with a photo, never null
 * @param spans the formatting as the channel reported it (bold, links...); offsets count UTF-16 code units
 * @param photo the channel's reference to the photo (a Telegram {@code file_id}), or null
 */
public record Announcement(String text, List<Span> spans, String photo) {

    public Announcement {
        text = text == null ? "" : text;
        spans = spans == null ? List.of() : List.copyOf(spans);
    }

    /** Plain text without formatting or photo. */
    public static Announcement plain(String text) {
        return new Announcement(text, List.of(), null);
    }

    /**
     * One formatted stretch of the text.
     *
     * @param type the channel's name of the formatting, e.g. {@code bold}, {@code text_link}
     * @param offset where it starts, in UTF-16 code units
     * @param length how long it is, in UTF-16 code units
     * @param url the link of a {@code text_link} (null otherwise)
     * @param language the language of a {@code pre} block (null otherwise)
     */
    public record Span(String type, int offset, int length, String url, String language) {}
}
