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
        String number,
        String region,
        int seq,
        String from,
        String to,
        ApiViews.ActorView actor,
        String comment,
        String at) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static String json(String number, String region, StatusChange c) {
        return JSON.writeValueAsString(new WebhookPayload(
                number + ":" + c.seq(),
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
