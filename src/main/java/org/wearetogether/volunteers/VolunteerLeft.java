package org.wearetogether.volunteers;

/**
 * A volunteer deleted their profile ({@code /forget_me} or {@code /privacy}); published in-process after the
 * profile is gone, so that their open tasks go back to the coordinators.
 *
 * @param userId the person's id in the channel
 * @param firstName how to name them in the notices their departure causes (it is not kept)
 * @param chatKey their private chat (null for a departure noted before this was stored): the announcements' ledgers
 *     name them by it
 */
public record VolunteerLeft(String userId, String firstName, String chatKey) {

    public VolunteerLeft(String userId, String firstName) {
        this(userId, firstName, null);
    }
}
