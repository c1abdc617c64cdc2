package org.wearetogether.intake.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequest.Address;
import org.wearetogether.intake.HelpRequest.Beneficiary;
import org.wearetogether.intake.HelpRequest.Consent;
import org.wearetogether.intake.HelpRequest.ForWhom;
import org.wearetogether.intake.HelpRequest.Requester;
import org.wearetogether.intake.HelpRequest.Source;
import org.wearetogether.intake.RequestNote;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.intake.StatusChange;

/** A {@link HelpRequest} as a document of the {@code requests} collection and back. Null fields are left out. */
final class MongoHelpRequestDocuments {

    private MongoHelpRequestDocuments() {}

    static Document toDocument(HelpRequest r) {
        Document d = new Document();
        put(d, "number", r.number());
        put(d, "status", r.status().name());
        put(d, "statusReason", r.statusReason());
        put(d, "holder", actor(r.holder()));
        put(d, "regionCode", r.regionCode());
        put(d, "forWhom", r.forWhom().name().toLowerCase(java.util.Locale.ROOT));
        put(d, "requester", requester(r.requester()));
        put(d, "beneficiary", beneficiary(r.beneficiary()));
        put(d, "address", address(r.address()));
        put(d, "needs", r.needs());
        put(d, "urgency", r.urgency());
        put(d, "details", r.details());
        put(
                d,
                "consent",
                new Document("version", r.consent().version())
                        .append("givenAt", date(r.consent().givenAt()))
                        .append("verbal", r.consent().verbal()));
        put(d, "intakeOperator", actor(r.source().intakeOperator()));
        put(d, "answers", new Document(r.answers()));
        put(d, "conversationId", r.source().conversationId());
        put(d, "intakeChannel", r.source().channel());
        put(
                d,
                "dialog",
                new Document("id", r.source().dialogId())
                        .append("version", r.source().dialogVersion()));
        put(d, "createdAt", date(r.createdAt()));
        put(d, "updatedAt", date(r.updatedAt()));
        put(d, "version", r.version());
        return d;
    }

    static Document actor(Actor a) {
        if (a == null) {
            return null;
        }
        return new Document("role", a.role().name()).append("id", a.id()).append("name", a.name());
    }

    static Actor actor(Document d) {
        return d == null
                ? null
                : new Actor(Actor.Role.valueOf(d.getString("role")), d.getString("id"), d.getString("name"));
    }

    static Document change(StatusChange c) {
        Document d = new Document("seq", c.seq())
                .append("from", c.from().name())
                .append("to", c.to().name())
                .append("actor", actor(c.actor()))
                .append("at", date(c.at()));
        put(d, "comment", c.comment());
        return d;
    }

    static StatusChange change(Document d) {
        return new StatusChange(
                d.getInteger("seq"),
                RequestStatus.valueOf(d.getString("from")),
                RequestStatus.valueOf(d.getString("to")),
                actor(d.get("actor", Document.class)),
                d.getString("comment"),
                instant(d.getDate("at")));
    }

    static Document note(RequestNote n) {
        return new Document("seq", n.seq())
                .append("kind", n.kind().name())
                .append("author", actor(n.author()))
                .append("text", n.text())
                .append("at", date(n.at()));
    }

    static RequestNote note(Document d) {
        return new RequestNote(
                d.getInteger("seq"),
                RequestNote.Kind.valueOf(d.getString("kind")),
                actor(d.get("author", Document.class)),
                d.getString("text"),
                instant(d.getDate("at")));
    }

    static HelpRequest fromDocument(Document d) {
        Document consent = d.get("consent", Document.class);
        Document dialog = d.get("dialog", Document.class);
        return new HelpRequest(
                d.getString("number"),
                RequestStatus.valueOf(d.getString("status")),
                d.getString("statusReason"),
                actor(d.get("holder", Document.class)),
                d.getString("regionCode"),
                ForWhom.valueOf(d.getString("forWhom").toUpperCase(java.util.Locale.ROOT)),
                requester(d.get("requester", Document.class)),
                beneficiary(d.get("beneficiary", Document.class)),
                address(d.get("address", Document.class)),
                strings(d.getList("needs", String.class)),
                d.getString("urgency"),
                d.getString("details"),
                new Consent(
                        consent.getString("version"),
                        instant(consent.getDate("givenAt")),
                        consent.getBoolean("verbal", false)),
                answers(d.get("answers", Document.class)),
                new Source(
                        d.getString("intakeChannel"),
                        d.getString("conversationId"),
                        dialog.getString("id"),
                        dialog.getInteger("version", 0),
                        actor(d.get("intakeOperator", Document.class))),
                instant(d.getDate("createdAt")),
                instant(d.getDate("updatedAt")),
                ((Number) d.get("version")).longValue());
    }

    private static Document requester(Requester r) {
        if (r == null) {
            return null;
        }
        Document d = new Document();
        put(d, "chatKey", r.chatKey());
        put(d, "userId", r.userId());
        put(d, "name", r.name());
        put(d, "phone", r.phone());
        put(d, "language", r.language());
        return d;
    }

    private static Requester requester(Document d) {
        return d == null
                ? null
                : new Requester(
                        d.getString("chatKey"),
                        d.getString("userId"),
                        d.getString("name"),
                        d.getString("phone"),
                        d.getString("language"));
    }

    private static Document beneficiary(Beneficiary b) {
        Document d = new Document();
        put(d, "name", b.name());
        put(d, "ageGroup", b.ageGroup());
        put(d, "phone", b.phone());
        return d;
    }

    private static Beneficiary beneficiary(Document d) {
        return new Beneficiary(d.getString("name"), d.getString("ageGroup"), d.getString("phone"));
    }

    private static Document address(Address a) {
        if (a == null) {
            return null;
        }
        Document d = new Document();
        put(d, "text", a.text());
        put(d, "lat", a.latitude());
        put(d, "lon", a.longitude());
        return d;
    }

    private static Address address(Document d) {
        return d == null ? null : new Address(d.getString("text"), d.getDouble("lat"), d.getDouble("lon"));
    }

    private static Map<String, Object> answers(Document d) {
        Map<String, Object> answers = new LinkedHashMap<>();
        if (d != null) {
            d.forEach((key, value) -> answers.put(key, value instanceof List<?> list ? strings(list) : value));
        }
        return answers;
    }

    private static List<String> strings(List<?> values) {
        List<String> strings = new ArrayList<>();
        if (values != null) {
            values.forEach(v -> strings.add(String.valueOf(v)));
        }
        return strings;
    }

    private static void put(Document d, String key, Object value) {
        if (value != null) {
            d.put(key, value);
        }
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
