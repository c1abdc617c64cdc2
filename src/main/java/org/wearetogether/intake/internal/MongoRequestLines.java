package org.wearetogether.intake.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.wearetogether.chat.DataExport;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.StatusChange;

/**
 * The lines of one stored request in {@code /mydata} that need more than a value: consent, holder, rating, history and
 * address. Other people appear as a role and a first name only.
 */
final class MongoRequestLines {

    private MongoRequestLines() {}

    static void consent(DataExport.Builder b, HelpRequest.Consent consent, String language) {
        Map<String, Object> json = null;
        String shown = null;
        if (consent != null) {
            json = new LinkedHashMap<>();
            json.put("version", consent.version());
            json.put("givenAt", DataExport.json(consent.givenAt()));
            json.put("verbal", consent.verbal());
            shown = Labels.CONSENT_SHOWN.in(language).formatted(consent.version(), DataExport.shown(consent.givenAt()))
                    + (consent.verbal() ? " " + Labels.VERBAL.in(language) : "");
        }
        b.add("consent", Labels.CONSENT.in(language), json, shown);
    }

    static void holder(DataExport.Builder b, Actor holder, String language) {
        b.add("holder", Labels.HOLDER.in(language), holder == null ? null : shownActor(holder, language));
    }

    static void rating(DataExport.Builder b, Document rating, String language) {
        Map<String, Object> json = null;
        String shown = null;
        if (rating != null) {
            json = new LinkedHashMap<>();
            json.put("stars", rating.getInteger("stars"));
            json.put("comment", rating.getString("comment"));
            json.put(
                    "at",
                    rating.getDate("at") == null
                            ? null
                            : rating.getDate("at").toInstant().toString());
            shown = "★".repeat(rating.getInteger("stars", 0))
                    + (rating.getString("comment") == null ? "" : " — " + rating.getString("comment"));
        }
        b.add("rating", Labels.RATING.in(language), json, shown);
    }

    /** When and what changed, and who by role and first name; staff comments are left out (they may name others). */
    static void history(DataExport.Builder b, Document d, String language) {
        List<Object> json = new ArrayList<>();
        StringBuilder shown = new StringBuilder();
        for (Document change : d.getList("history", Document.class, List.of())) {
            StatusChange c = MongoHelpRequestDocuments.change(change);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("at", DataExport.json(c.at()));
            entry.put("from", c.from().name());
            entry.put("to", c.to().name());
            entry.put("by", shownActor(c.actor(), "en"));
            json.add(entry);
            shown.append(shown.isEmpty() ? "" : "\n")
                    .append(DataExport.shown(c.at()))
                    .append(": ")
                    .append(c.to().label().in(language))
                    .append(" (")
                    .append(shownActor(c.actor(), language))
                    .append(')');
        }
        b.add("history", Labels.HISTORY.in(language), json, shown.toString());
    }

    /**
     * The messages between the requester and the HQ (notes {@code FROM_REQUESTER}, {@code FROM_HQ}), the HQ shown as
     * "the HQ" as the requester saw it. Details another filer added are that person's words and are left out.
     */
    static void messages(DataExport.Builder b, Document d, String language) {
        List<Object> json = new ArrayList<>();
        StringBuilder shown = new StringBuilder();
        for (Document stored : d.getList("notes", Document.class, List.of())) {
            org.wearetogether.intake.RequestNote note = MongoHelpRequestDocuments.note(stored);
            if (note.kind() == org.wearetogether.intake.RequestNote.Kind.DETAILS_ADDED) {
                continue;
            }
            boolean mine = note.kind() == org.wearetogether.intake.RequestNote.Kind.FROM_REQUESTER;
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("at", DataExport.json(note.at()));
            entry.put("from", mine ? "requester" : "hq");
            entry.put("text", note.text());
            json.add(entry);
            shown.append(shown.isEmpty() ? "" : "\n")
                    .append(DataExport.shown(note.at()))
                    .append(" (")
                    .append((mine ? Labels.YOU_WROTE : Labels.HQ_WROTE).in(language))
                    .append("): ")
                    .append(note.text());
        }
        b.add("messages", Labels.MESSAGES.in(language), json, shown.toString());
    }

    /** A role and, for people, a first name only: never an id, a @username or a surname. */
    static String shownActor(Actor actor, String language) {
        if (actor == null) {
            return null;
        }
        String role = Labels.role(actor.role(), language);
        String name = actor.name() == null ? "" : actor.name().strip();
        boolean person = actor.role() != Actor.Role.SYSTEM && actor.role() != Actor.Role.CRM;
        if (!person || name.isEmpty() || name.startsWith("@") || name.matches(".*\\d.*")) {
            return role;
        }
        return role + " " + name.split("\\s+")[0];
    }

    static Map<String, Object> address(HelpRequest.Address a) {
        if (a == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", a.text());
        json.put("latitude", a.latitude());
        json.put("longitude", a.longitude());
        return json;
    }

    static String addressShown(HelpRequest.Address a) {
        if (a == null) {
            return null;
        }
        return a.text() != null ? a.text() : a.latitude() + ", " + a.longitude();
    }
}
