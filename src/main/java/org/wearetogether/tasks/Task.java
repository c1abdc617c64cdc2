package org.wearetogether.tasks;

import java.time.Instant;

/**
 * One offer of a request to a volunteer and what came of it.
 *
 * @param id short random id, carried by the volunteer's buttons
 * @param number the request's number
 * @param regionCode the request's region
 * @param state where it stands
 * @param volunteerUserId who it was offered to
 * @param volunteerChatKey their private chat
 * @param volunteerFirstName all the card and the requester learn of them
 * @param volunteerLanguage the language to speak to them in
 * @param holderId the coordinator who offered it
 * @param holderChatKey the coordinator's private chat: answers, declines and expiries go there
 * @param holderLanguage the language to speak to the coordinator in
 * @param reason why it was declined, dropped or withdrawn (null otherwise)
 * @param offeredAt when it was offered
 * @param dueAt until when the offer waits for an answer (null once answered)
 * @param updatedAt last change
 */
public record Task(
        String id,
        String number,
        String regionCode,
        TaskState state,
        String volunteerUserId,
        String volunteerChatKey,
        String volunteerFirstName,
        String volunteerLanguage,
        String holderId,
        String holderChatKey,
        String holderLanguage,
        String reason,
        Instant offeredAt,
        Instant dueAt,
        Instant updatedAt) {}
