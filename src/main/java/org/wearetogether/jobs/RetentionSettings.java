package org.wearetogether.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long data is kept ({@code together.retention.*}), read by the modules' {@link RetentionRule}s; the closed
 * requests' personal data has its own older setting, {@code TOGETHER_RETENTION}. The defaults keep the consent texts'
 * promise ("while the request is open and 6 months after").
 *
 * @param every how often the {@code retention} job runs
 * @param batch documents per step of one rule (a step is one query and one write)
 * @param maxBatches steps of one rule per run; more left: the job runs again at once
 * @param staleRequests an open request without any change for this long is closed, its requester told
 * @param chats a chat record (language, conversation, replies owed) without activity for this long is deleted
 * @param tasks a finished task offer (volunteer ids, request number) is deleted this long after it ended
 * @param audit an audit entry is deleted this long after it was written
 * @param ledgers a finished broadcast's ledger (who got it) is deleted this long after it finished
 * @param broadcasts a finished broadcast (its text and report) is deleted this long after it finished
 * @param webhookDeliveries a webhook delivery that was delivered or given up is deleted this long after
 * @param unused marks, waits and timers left behind (a wait for a comment, a draft, a told-mark) go after this
 * @param cards what the HQ keeps per request (card ids, notice marks) goes this long after it was first seen by this
 *     job; longer than an open request plus the closed request's retention, so the cards can always be cleaned first
 */
@ConfigurationProperties("together.retention")
public record RetentionSettings(
        @DefaultValue("1h") Duration every,
        @DefaultValue("500") int batch,
        @DefaultValue("20") int maxBatches,
        @DefaultValue("60d") Duration staleRequests,
        @DefaultValue("180d") Duration chats,
        @DefaultValue("180d") Duration tasks,
        @DefaultValue("365d") Duration audit,
        @DefaultValue("30d") Duration ledgers,
        @DefaultValue("365d") Duration broadcasts,
        @DefaultValue("30d") Duration webhookDeliveries,
        @DefaultValue("7d") Duration unused,
        @DefaultValue("270d") Duration cards) {

    public RetentionSettings {
        if (batch < 1 || maxBatches < 1) {
            throw new IllegalArgumentException("together.retention.batch and max-batches must be positive");
        }
    }

    /** The defaults, for tests and tools. */
    public static RetentionSettings defaults() {
        return new RetentionSettings(
                Duration.ofHours(1),
                500,
                20,
                Duration.ofDays(60),
                Duration.ofDays(180),
                Duration.ofDays(180),
                Duration.ofDays(365),
                Duration.ofDays(30),
                Duration.ofDays(365),
                Duration.ofDays(30),
                Duration.ofDays(7),
                Duration.ofDays(270));
    }
}
