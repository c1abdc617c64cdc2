package org.wearetogether.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wearetogether.dialog.Person;

/**
 * A feature that keeps data about people contributes its part to the file {@code /mydata} sends them (next to
 * {@link PersonalData}, which deletes it). Beans. Only what is stored about this person, and only what they may see:
 * other people appear by first name at most.
 */
public interface DataExport {

    /** This feature's part for the person, in their language; empty when it stores nothing about them. */
    Optional<Section> export(Person person, String language);

    /** How the readable file shows a time: Moscow time, the campaign's clock, e.g. {@code 07.12.2026 22:33 МСК}. */
    static String shown(java.time.Instant at) {
        return at == null ? null : SHOWN.format(at) + " МСК";
    }

    /** How the JSON keeps a time: ISO-8601 in UTC, e.g. {@code 2026-12-07T19:33:00Z}; null stays null. */
    static String json(java.time.Instant at) {
        return at == null ? null : at.toString();
    }

    /** Moscow time, for {@link #shown}. */
    java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(java.time.ZoneId.of("Europe/Moscow"));

    /**
     * One feature's part of the export.
     *
     * @param key the stable JSON key, e.g. {@code requests} (see the README for every key)
     * @param title the heading in the person's language
     * @param entries the readable part: one per thing kept (a request, a task), in the person's language
     * @param data the machine-readable part: maps, lists, strings, numbers, booleans and nulls; English keys
     */
    record Section(String key, String title, List<Entry> entries, Object data) {
        public Section {
            entries = List.copyOf(entries);
        }
    }

    /** One thing kept (a request, a task) as labelled lines; {@code heading} may be null. */
    record Entry(String heading, List<Field> fields) {
        public Entry {
            fields = List.copyOf(fields);
        }
    }

    /** One labelled line; a null or blank value is left out of the readable file. */
    record Field(String label, String value) {}

    /**
     * Builds an {@link Entry} and its JSON object side by side, so that the two say the same thing: every line added
     * has its label in the person's language and its key in English.
     */
    final class Builder {
        private final String heading;
        private final List<Field> fields = new ArrayList<>();
        private final Map<String, Object> data = new LinkedHashMap<>();

        public Builder(String heading) {
            this.heading = heading;
        }

        /** A line shown as {@code shown} and kept in JSON as {@code value} (null values are kept as null). */
        public Builder add(String key, String label, Object value, String shown) {
            data.put(key, value);
            if (shown != null && !shown.isBlank()) {
                fields.add(new Field(label, shown));
            }
            return this;
        }

        /** A line whose JSON value is what is shown. */
        public Builder add(String key, String label, Object value) {
            return add(key, label, value, value == null ? null : String.valueOf(value));
        }

        /** A JSON-only value (e.g. a list shown by another line). */
        public Builder data(String key, Object value) {
            data.put(key, value);
            return this;
        }

        public Entry entry() {
            return new Entry(heading, fields);
        }

        public Map<String, Object> json() {
            return data;
        }
    }
}
