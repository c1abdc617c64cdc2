package org.wearetogether.telegram.internal;

import java.time.Duration;
import org.wearetogether.jobs.Job;
import org.wearetogether.jobs.JobRun;
import org.wearetogether.jobs.Schedule;

/**
 * The job that sends replies kept while Telegram could not take them ({@link ResendingOwedReplies}), on the lease
 * holder only: the instance that polls is the one that answers. Replies kept on a standby (unprompted messages sent
 * there) are found by the holder's periodic look into the store.
 */
final class ReplyResending implements Job {

    static final String NAME = "reply-resend";

    private final TelegramChannel channel;
    private final Duration interval;

    ReplyResending(TelegramChannel channel, Duration interval) {
        this.channel = channel;
        this.interval = interval;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(interval).firstAfter(interval);
    }

    @Override
    public void run(JobRun run) {
        channel.resendOwed();
    }
}
