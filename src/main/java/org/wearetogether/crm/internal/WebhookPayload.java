package org.wearetogether.crm.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.wearetogether.intake.StatusChange;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON body of one status change, as POSTed to a webhook. A contract (see {@code docs/crm-api.md}): fields may be
 * added, never renamed or removed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record WebhookPayload(
        String idempotencyKey,
        String event,
        String number,
        String region,
        int seq,
        String from,
        String to,
        ApiViews.ActorView actor,
        String comment,
        String at) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final String STATUS_CHANGED = "status_changed";
    static final String ERASED = "erased";

    /**
     * The {@code erased} event: the request's personal data is erased here, so the CRM should delete its copy. Says
     * only the number, the region and when; its idempotency key is {@code <number>:erased}.
     */
    static String erased(String number, String region, java.time.Instant at) {
        return JSON.writeValueAsString(new Erased(number + ":erased", ERASED, number, region, true, ApiViews.time(at)));
    }

    /** The body of the {@code erased} event. */
    record Erased(
            String idempotencyKey, String event, String number, String region, boolean personalDataErased, String at) {}

    /**
     * A stored body without its {@code comment} (a status reason may be free text about the person): what an erased
     * request's deliveries keep. The idempotency key and every other field stay.
     */
    static String withoutComment(String body) {
        var tree = (tools.jackson.databind.node.ObjectNode) JSON.readTree(body);
        tree.remove("comment");
        if (tree.get("actor") instanceof tools.jackson.databind.node.ObjectNode actor
                && "REQUESTER".equals(actor.path("role").asString())) {
            // the requester's own cancel named their chat and first name
            actor.remove("id");
            actor.put("name", "requester");
        }
        return JSON.writeValueAsString(tree);
    }

    static String json(String number, String region, StatusChange c) {
        return JSON.writeValueAsString(new WebhookPayload(
                number + ":" + c.seq(),
                STATUS_CHANGED,
                number,
                region,
                c.seq(),
                c.from().name(),
                c.to().name(),
                ApiViews.ActorView.of(c.actor()),
                c.comment(),
                ApiViews.time(c.at())));
    }
}
