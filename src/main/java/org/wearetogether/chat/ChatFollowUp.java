package org.wearetogether.chat;

import java.util.List;
import java.util.Optional;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;

/**
 * A feature waiting for a person's next typed message outside any dialog (e.g. a comment after a rating). Beans;
 * asked in turn when text arrives in a chat with no running dialog.
 */
public interface ChatFollowUp {

    /** The replies when this feature takes the text; empty when it was not waiting for it. */
    Optional<List<Reply>> heard(Person person, String language, String text);

    /**
     * The replies when this feature takes a formatted message or a photo; by default a post without a photo is read
     * as its plain text.
     */
    default Optional<List<Reply>> heardPost(Person person, String language, Announcement post) {
        return post.photo() == null ? heard(person, language, post.text()) : Optional.empty();
    }
}
