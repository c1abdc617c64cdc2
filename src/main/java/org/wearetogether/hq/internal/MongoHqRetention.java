package org.wearetogether.hq.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;
import org.wearetogether.intake.IntakeSettings;
import org.wearetogether.jobs.RetentionRule;
import org.wearetogether.jobs.RetentionRules;
import org.wearetogether.jobs.RetentionSettings;
import org.wearetogether.storage.MongoExpiry;

/**
 * The HQ's retention rules. What it keeps per request (the ids of its cards, how far its requester was told, its SLA
 * timers) carries no date of its own: each is dated when this job first sees it and goes after a period longer than
 * an open request's life plus its closed personal data's, so that the cards are cleaned (on {@code RequestErased})
 * before their ids go. Marks and waits go as soon as they are of no use.
 */
@Repository
class MongoHqRetention implements RetentionRules {

    private static final String SEEN = "retentionSeenAt";
    /** The cards outlive the request's personal data by at least this: time for their cleaning to be retried. */
    private static final Duration CLEANING_MARGIN = Duration.ofDays(30);

    private final MongoDatabase database;
    private final RetentionSettings settings;
    private final Duration perRequest;

    MongoHqRetention(MongoDatabase database, RetentionSettings settings, IntakeSettings intake) {
        this.database = database;
        this.settings = settings;
        Duration lifeOfItsData =
                settings.staleRequests().plus(intake.retention()).plus(CLEANING_MARGIN);
        this.perRequest = settings.cards().compareTo(lifeOfItsData) >= 0 ? settings.cards() : lifeOfItsData;
    }

    /** How long what the HQ keeps per request is kept after this job first saw it. */
    Duration perRequest() {
        return perRequest;
    }

    @Override
    public List<RetentionRule> retentionRules() {
        return List.of(
                dated("hq-cards", "hq_cards", new Document(), perRequest),
                // the ids of every message about a request, kept to clean them; once cleaned, only counts are left
                dated("hq-messages", "hq_messages", new Document(), perRequest),
                dated("hq-notices", "hq_notices", new Document(), perRequest),
                // a request's timers: gone when it ends; left empty once every timer has fired
                dated("hq-sla", "hq_sla", noneOf(MongoSla.Kind.values()), settings.unused()),
                older("hq-unrouted-told", "hq_unrouted_told", "toldAt", settings.unused()),
                older("hq-comments", "hq_comments", "until", Duration.ZERO),
                RetentionRule.keptWhileNeeded("hq-chats", "hq_chats"),
                RetentionRule.keptWhileNeeded("hq-marks", "hq_marks"),
                // requests whose notes still wait to be relayed: each leaves once they are told (or it is erased)
                RetentionRule.keptWhileNeeded("hq-notes-owed", MongoNoticeMarks.NOTES_OWED),
                older("hq-reply-waits", MongoHqReplies.WAITS, "until", MongoHqReplies.TIMEOUT_ANSWERED),
                // the queue of requests whose messages are still to be cleaned: each leaves it when done or given up
                RetentionRule.keptWhileNeeded("hq-cleaning", "hq_cleaning"));
    }

    private RetentionRule dated(String name, String collection, Bson unused, Duration period) {
        MongoCollection<Document> documents = database.getCollection(collection);
        return new RetentionRule(
                name,
                collection,
                (now, limit) -> MongoExpiry.deleteSeenBefore(documents, SEEN, unused, now.minus(period), now, limit));
    }

    private RetentionRule older(String name, String collection, String field, Duration period) {
        MongoCollection<Document> documents = database.getCollection(collection);
        return new RetentionRule(
                name, collection, (now, limit) -> MongoExpiry.delete(documents, before(field, now, period), limit));
    }

    private static Bson before(String field, Instant now, Duration period) {
        return Filters.lt(field, Date.from(now.minus(period)));
    }

    private static Bson noneOf(MongoSla.Kind... kinds) {
        return Filters.and(java.util.Arrays.stream(kinds)
                .map(kind -> Filters.exists(kind.field, false))
                .toList());
    }
}
