package org.wearetogether.volunteers.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.VolunteerStatus;

/** Profiles to documents of the {@code volunteers} collection and back ({@code _id} = user id). */
final class MongoVolunteerDocuments {

    private MongoVolunteerDocuments() {}

    /** The fields of the profile itself (not the approval's bookkeeping). */
    static Document fields(Volunteer v) {
        return new Document("chatKey", v.chatKey())
                .append("name", v.name())
                .append("nameLower", v.name().toLowerCase(java.util.Locale.ROOT))
                .append("age", v.age())
                .append("phone", v.phone())
                .append("region", v.regionCode())
                .append("district", v.district())
                .append("skills", v.skills())
                .append("availability", v.availability())
                .append("hours", v.hoursPerWeek())
                .append("status", v.status().name())
                .append("reason", v.statusReason())
                .append("language", v.language())
                .append("createdAt", date(v.createdAt()))
                .append("updatedAt", date(v.updatedAt()));
    }

    static Volunteer volunteer(Document d) {
        return new Volunteer(
                d.getString("_id"),
                d.getString("chatKey"),
                d.getString("name"),
                d.getInteger("age", 0),
                d.getString("phone"),
                d.getString("region"),
                d.getString("district"),
                strings(d.getList("skills", Object.class)),
                strings(d.getList("availability", Object.class)),
                d.getInteger("hours", 0),
                VolunteerStatus.valueOf(d.getString("status")),
                d.getString("reason"),
                d.getString("language"),
                instant(d.getDate("createdAt")),
                instant(d.getDate("updatedAt")));
    }

    static Profile profile(Document d) {
        List<Profile.CardRef> cards = new ArrayList<>();
        for (Document card : d.getList("cards", Document.class, List.of())) {
            cards.add(new Profile.CardRef(card.getString("chat"), card.getString("msg")));
        }
        return new Profile(
                volunteer(d),
                d.getInteger("v", 0),
                d.getInteger("round", 0),
                d.getString("conv"),
                instant(d.getDate("editAt")),
                d.getBoolean("cardsOwed", false),
                cards,
                d.getBoolean("noticeOwed", false),
                d.getString("decidedBy"),
                d.getString("decidedById"),
                MongoVolunteers.CONSOLE.equals(d.getString(MongoVolunteers.DECIDED_FROM)),
                instant(d.getDate(MongoVolunteers.LAST_ACTIVE)));
    }

    static List<Document> cards(List<Profile.CardRef> cards) {
        return cards.stream()
                .map(c -> new Document("chat", c.chatKey()).append("msg", c.messageId()))
                .toList();
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static List<String> strings(List<Object> values) {
        return values == null ? List.of() : values.stream().map(String::valueOf).toList();
    }
}
