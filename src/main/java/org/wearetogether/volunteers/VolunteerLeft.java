package org.wearetogether.volunteers;

/**
 * A volunteer deleted their profile ({@code /forget_me} or {@code /privacy}); published in-process after the
 * profile is gone, so that their open tasks go back to the coordinators.
 *
 * @param userId the person's id in the channel
 * @param firstName what the tasks' history may keep of them
 */
public record VolunteerLeft(String userId, String firstName) {}
