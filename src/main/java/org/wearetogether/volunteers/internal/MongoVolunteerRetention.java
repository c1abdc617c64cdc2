package org.wearetogether.volunteers.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import org.wearetogether.jobs.RetentionRule;
import org.wearetogether.jobs.RetentionRules;
import org.wearetogether.jobs.RetentionSettings;
import org.wearetogether.storage.MongoExpiry;
import org.wearetogether.volunteers.VolunteerStatus;

/**
 * A declined sign-up is deleted after the chats' period, the way {@code /forget_me} deletes a profile (its approval
 * cards are edited, its departure announced); a volunteer's profile is kept while they volunteer (the consent text
 * promises {@code /forget_me} at any time, no period). A coordinator's wait for a decline reason goes once lapsed;
 * cards and departures waiting for the sweep go when the sweep has done them.
 */
@Repository
class MongoVolunteerRetention implements RetentionRules {

    private final MongoVolunteers profiles;
    private final MongoCollection<Document> volunteers;
    private final MongoCollection<Document> reasons;
    private final RetentionSettings settings;

    MongoVolunteerRetention(MongoDatabase database, MongoVolunteers profiles, RetentionSettings settings) {
        this.profiles = profiles;
        this.volunteers = database.getCollection(MongoVolunteers.COLLECTION);
        this.reasons = database.getCollection("volunteer_reasons");
        this.settings = settings;
    }

    @Override
    public List<RetentionRule> retentionRules() {
        return List.of(
                new RetentionRule("volunteers-declined", MongoVolunteers.COLLECTION, this::forgetDeclined),
                new RetentionRule(
                        "volunteer-reasons",
                        "volunteer_reasons",
                        (now, limit) -> MongoExpiry.delete(reasons, Filters.lt("until", Date.from(now)), limit)),
                RetentionRule.keptWhileNeeded("volunteer-stale-cards", "volunteer_stale_cards"),
                RetentionRule.keptWhileNeeded("volunteer-departures", "volunteer_departures"));
    }

    private int forgetDeclined(Instant now, int limit) {
        List<String> due = new ArrayList<>();
        volunteers
                .find(Filters.and(
                        Filters.eq("status", VolunteerStatus.DECLINED.name()),
                        Filters.lt("updatedAt", Date.from(now.minus(settings.chats())))))
                .projection(Projections.include("_id"))
                .limit(limit)
                .forEach(d -> due.add(d.getString("_id")));
        int forgotten = 0;
        for (String userId : due) {
            forgotten += profiles.forget(userId, now).isPresent() ? 1 : 0;
        }
        return forgotten;
    }
}
