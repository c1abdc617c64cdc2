package org.wearetogether.access;

/**
 * A staff member (admin, coordinator, operator) acting on a request from one of the front ends: the HQ chat's card
 * buttons or the web console. Identified by their messenger user id only; what they may do is read from {@link Roles}
 * at every action, never carried here, so a removed coordinator can do nothing from the next action on.
 *
 * @param userId their messenger (Telegram) user id
 * @param name how to show them to others (a first name or @username); never a phone
 * @param language the language to speak to them in ({@code ru} or {@code en})
 * @param via the front end they act from: audit entries say which
 */
public record Staff(String userId, String name, String language, Via via) {

    public Staff {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a staff member needs a user id");
        }
        name = name == null || name.isBlank() ? userId : name;
        language = "en".equals(language) ? "en" : "ru";
    }

    /** Their private chat with the bot, where answers about volunteers' tasks go. */
    public String privateChat() {
        return "telegram:" + userId;
    }

    /** The front ends staff act from; each audits under its own prefix ({@code card.take}, {@code console.take}). */
    public enum Via {
        CHAT("card"),
        CONSOLE("console");

        private final String auditPrefix;

        Via(String auditPrefix) {
            this.auditPrefix = auditPrefix;
        }

        /** The audit action of something done through this front end, e.g. {@code card.contacts}. */
        public String action(String what) {
            return auditPrefix + "." + what;
        }
    }
}
