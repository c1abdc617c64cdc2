package org.wearetogether.access.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import org.wearetogether.access.AccessSettings;
import org.wearetogether.access.RoleAssignments;
import org.wearetogether.access.Roles;

/**
 * Roles in the {@code roles} collection, one document per person ({@code _id} = user id) with the regions they
 * coordinate and whether they are an operator; admins come from the settings. Read on every check, so a change
 * applies at once on every instance.
 */
@Repository
class MongoRoles implements Roles, RoleAssignments {

    static final String COLLECTION = "roles";

    private final MongoCollection<Document> roles;
    private final Set<String> admins;

    MongoRoles(MongoDatabase database, AccessSettings settings) {
        this.roles = database.getCollection(COLLECTION);
        this.admins = Set.copyOf(settings.admins());
    }

    @Override
    public boolean isAdmin(String userId) {
        return userId != null && admins.contains(userId);
    }

    @Override
    public Set<String> coordinatedRegions(String userId) {
        Document d = find(userId);
        return d == null ? Set.of() : Set.copyOf(d.getList("regions", String.class, List.of()));
    }

    @Override
    public boolean isOperator(String userId) {
        Document d = find(userId);
        return d != null && Boolean.TRUE.equals(d.getBoolean("operator"));
    }

    @Override
    public Set<String> coordinatorsOf(String regionCode) {
        Set<String> ids = new java.util.TreeSet<>();
        for (Document d : roles.find(Filters.eq("regions", regionCode))) {
            ids.add(d.getString("_id"));
        }
        return ids;
    }

    /** A scan of {@code roles}, which holds staff only (tens of documents). */
    @Override
    public Set<String> operators() {
        Set<String> ids = new java.util.TreeSet<>();
        for (Document d : roles.find(Filters.eq("operator", true))) {
            ids.add(d.getString("_id"));
        }
        return ids;
    }

    @Override
    public Set<String> admins() {
        return admins;
    }

    @Override
    public void addCoordinator(String userId, String regionCode) {
        roles.updateOne(
                Filters.eq("_id", userId), Updates.addToSet("regions", regionCode), new UpdateOptions().upsert(true));
    }

    @Override
    public boolean removeCoordinator(String userId, String regionCode) {
        var update = regionCode == null ? Updates.set("regions", List.of()) : Updates.pull("regions", regionCode);
        var filter = regionCode == null
                ? Filters.and(Filters.eq("_id", userId), Filters.exists("regions.0"))
                : Filters.and(Filters.eq("_id", userId), Filters.eq("regions", regionCode));
        return roles.updateOne(filter, update).getModifiedCount() > 0;
    }

    @Override
    public boolean setOperator(String userId, boolean operator) {
        if (isOperator(userId) == operator) {
            return false;
        }
        roles.updateOne(Filters.eq("_id", userId), Updates.set("operator", operator), new UpdateOptions().upsert(true));
        return true;
    }

    private Document find(String userId) {
        return userId == null ? null : roles.find(Filters.eq("_id", userId)).first();
    }
}
