package org.wearetogether.broadcasts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.wearetogether.dialog.Person;
import org.wearetogether.volunteers.VolunteerStatus;

/**
 * Broadcasts as the coordinators' web console shows and starts them: the history with delivery reports, and
 * composing one with the same audience choices, count, time estimate and quiet hours as {@code /broadcast} (the same
 * code computes them), started through the same path as the chat's confirmation. Allowed to the same people as
 * {@code /broadcast}: admins (any regions, all regions, urgent) and coordinators (their own regions). The history
 * shows a coordinator their own broadcasts and an admin everyone's, as {@code /broadcasts} does.
 */
public interface BroadcastDesk {

    /** What this person may choose. Throws {@link NotAllowed} for someone who may not broadcast. */
    Choices choices(String userId, String language);

    /**
     * How many the choice reaches now, how long it takes, and where it is night (the chat's words in
     * {@link Estimate#text()}). Throws {@link NotAllowed} for a choice not theirs and
     * {@link IllegalArgumentException} for unknown regions, skills or statuses.
     */
    Estimate estimate(String userId, String language, Choice choice);

    /**
     * Starts a broadcast of a plain text. {@code requestId} (may be null) makes a repeated submission of the same
     * form start nothing new: the broadcast it started is answered again. Progress and the final report also go to
     * the author's private chat ({@code author.chatKey()}, e.g. {@code telegram:<user id>}), as from the chat.
     */
    Started start(Person author, String language, Choice choice, String text, String requestId);

    /** The latest broadcasts, newest first, with their last stored reports. */
    List<Summary> history(String userId, int limit);

    /**
     * One broadcast with its report counted from its ledger now (empty: no such broadcast). Throws
     * {@link NotAllowed} unless it is theirs or they are an admin.
     */
    java.util.Optional<Summary> report(String userId, long id);

    /** Cancels a broadcast still sending: its author or an admin, as the chat's Cancel button. */
    Cancelled cancel(Person by, String language, long id);

    /**
     * An audience, as {@code /broadcast}'s buttons choose it.
     *
     * @param coordinators true: the coordinators of the regions; false: their volunteers
     * @param regions region codes; empty: every region (admins only)
     * @param skills volunteers with at least one of these skill ids (empty: any)
     * @param statuses volunteers with one of these statuses (empty: approved only)
     * @param urgent delivered in quiet hours too (admins only; ignored for others, as in the chat)
     */
    record Choice(
            boolean coordinators,
            Set<String> regions,
            Set<String> skills,
            Set<VolunteerStatus> statuses,
            boolean urgent) {
        public Choice {
            regions = Set.copyOf(regions);
            skills = Set.copyOf(skills);
            statuses = Set.copyOf(statuses);
        }
    }

    /** One choice with its label in the person's language. */
    record Option(String id, String label) {}

    /**
     * What may be chosen.
     *
     * @param admin may write to every region ({@link Choice#regions()} empty) and mark it urgent
     * @param regions the regions they may choose
     * @param skills the skills
     * @param statuses the volunteer statuses
     * @param defaults what {@code /broadcast} starts with: approved volunteers of their regions
     */
    record Choices(boolean admin, List<Option> regions, List<Option> skills, List<Option> statuses, Choice defaults) {}

    /**
     * The estimate.
     *
     * @param count recipients now
     * @param duration about how long sending takes at the configured rate
     * @param rate messages a second
     * @param quiet the chosen regions where it is night now (empty for an urgent broadcast)
     * @param startsAt when the first message can go: now, or the earliest end of the night when it is night in every
     *     chosen region
     * @param text the chat's estimate, word for word (count, time, rate, night)
     */
    record Estimate(long count, Duration duration, double rate, List<Night> quiet, Instant startsAt, String text) {}

    /**
     * A chosen region in its quiet hours.
     *
     * @param regionCode e.g. {@code RU-KAM}
     * @param name in the person's language
     * @param startsAt local time delivery starts there (the end of the quiet hours)
     * @param startsAtInstant the same moment
     */
    record Night(String regionCode, String name, LocalTime startsAt, Instant startsAtInstant) {}

    /**
     * What came of {@link #start}.
     *
     * @param result what happened
     * @param id the broadcast's number (0 unless STARTED or ALREADY_STARTED)
     * @param count its recipients at the start
     * @param message what to show, in the author's language (the chat's words)
     */
    record Started(StartResult result, long id, long count, String message) {}

    enum StartResult {
        STARTED,
        /** The same request started it before. */
        ALREADY_STARTED,
        NOT_ALLOWED,
        /** A coordinator chose regions they do not coordinate (or none). */
        NOT_YOUR_REGIONS,
        /** The audience is empty. */
        NOBODY,
        EMPTY,
        TOO_LONG,
        /** Unknown regions, skills or statuses. */
        INVALID
    }

    /** Where a broadcast stands. */
    enum State {
        SENDING,
        DONE,
        CANCELLED
    }

    /**
     * Counts of recipients by what became of them.
     *
     * @param total recipients
     * @param delivered sent and accepted by the messenger
     * @param failed gave up after retries
     * @param unreachable blocked the bot or cannot be reached
     * @param optedOut said {@code /stop_news}
     * @param pending not sent yet (in flight, waiting for a retry, or for the night to end)
     * @param held of the pending, those waiting for the end of their night
     */
    record Report(int total, int delivered, int failed, int unreachable, int optedOut, int pending, int held) {}

    /**
     * One broadcast.
     *
     * @param id its number
     * @param authorName who confirmed it
     * @param createdAt when
     * @param finishedAt when done or cancelled (null while sending)
     * @param state where it stands
     * @param audience who it went to
     * @param preview the start of its text (up to 120 characters)
     * @param photo whether it carries a photo
     * @param report the counts
     */
    record Summary(
            long id,
            String authorName,
            Instant createdAt,
            Instant finishedAt,
            State state,
            Choice audience,
            String preview,
            boolean photo,
            Report report) {}

    /**
     * What came of {@link #cancel}.
     *
     * @param cancelled true when this call stopped it
     * @param message the chat's words
     */
    record Cancelled(boolean cancelled, String message) {}

    /** Thrown when the person may not see or do what they asked. */
    final class NotAllowed extends RuntimeException {
        public NotAllowed(String message) {
            super(message);
        }
    }
}
