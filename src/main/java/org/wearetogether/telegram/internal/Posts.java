package org.wearetogether.telegram.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.wearetogether.chat.Announcement;

/**
 * Reads formatted messages and photos as announcements, and turns announcements back into Telegram's entities. Only
 * formatting the writer chose counts: links, mentions and hashtags Telegram detects by itself in any text are not
 * formatting, so a plain message stays plain text for the dialogs.
 */
final class Posts {

    /** Entity types Telegram detects on its own in every text; they come back by themselves when the text is sent. */
    private static final Set<String> DETECTED =
            Set.of("mention", "hashtag", "cashtag", "bot_command", "url", "email", "phone_number");

    private Posts() {}

    /** The message as an announcement when it has a photo or chosen formatting; null for plain text. */
    static Announcement read(Message message) {
        if (message.hasPhoto()) {
            return new Announcement(message.getCaption(), spans(message.getCaptionEntities()), largest(message));
        }
        List<Announcement.Span> spans = spans(message.getEntities());
        return message.getText() == null || spans.isEmpty() ? null : new Announcement(message.getText(), spans, null);
    }

    static List<MessageEntity> entities(Announcement announcement) {
        return announcement.spans().stream().map(Posts::entity).toList();
    }

    private static MessageEntity entity(Announcement.Span span) {
        MessageEntity entity = new MessageEntity(span.type(), span.offset(), span.length());
        entity.setUrl(span.url());
        entity.setLanguage(span.language());
        return entity;
    }

    private static List<Announcement.Span> spans(List<MessageEntity> entities) {
        if (entities == null) {
            return List.of();
        }
        return entities.stream()
                .filter(e -> e.getType() != null && !DETECTED.contains(e.getType()))
                .map(e -> new Announcement.Span(e.getType(), e.getOffset(), e.getLength(), e.getUrl(), e.getLanguage()))
                .toList();
    }

    private static String largest(Message message) {
        return message.getPhoto().stream()
                .max(Comparator.comparingLong(Posts::pixels))
                .map(PhotoSize::getFileId)
                .orElse(null);
    }

    private static long pixels(PhotoSize size) {
        return (long) (size.getWidth() == null ? 0 : size.getWidth())
                * (size.getHeight() == null ? 0 : size.getHeight());
    }
}
