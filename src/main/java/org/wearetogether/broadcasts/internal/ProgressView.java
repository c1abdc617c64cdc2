package org.wearetogether.broadcasts.internal;

import java.time.Duration;
import java.util.List;
import org.wearetogether.dialog.Reply;

/** The author's live progress message and the final report. */
final class ProgressView {

    static final String PREFIX = "b:";
    static final String STOP = "b:x:";

    private ProgressView() {}

    static Reply.Message progress(Broadcast b, Broadcast.Report r, double rate, Duration paused) {
        String lang = b.language();
        int due = r.remaining() - r.held();
        String left;
        if (!paused.isZero()) {
            left = BroadcastTexts.PAUSED.in(lang);
        } else if (due <= 0 && r.held() > 0) {
            left = BroadcastTexts.MORNING.in(lang);
        } else {
            left = BroadcastTexts.TIME_LEFT
                    .in(lang)
                    .formatted(BroadcastTexts.duration(Duration.ofSeconds((long) Math.ceil(due / rate)), lang));
            if (r.held() > 0) {
                left += ", " + BroadcastTexts.MORNING.in(lang);
            }
        }
        String total = b.complete() ? String.valueOf(r.total()) : "~" + r.total();
        String text = BroadcastTexts.PROGRESS
                .in(lang)
                .formatted(
                        b.id(),
                        r.sent(),
                        total,
                        r.failed(),
                        r.unreachable(),
                        r.optedOut(),
                        r.held(),
                        r.remaining(),
                        left);
        return new Reply.Message(text, cancelButton(b.id(), lang));
    }

    static Reply.Keyboard cancelButton(long id, String lang) {
        return new Reply.Keyboard.Inline(List.of(List.of(new Reply.Button(BroadcastTexts.CANCEL.in(lang), STOP + id))));
    }

    static Reply.Message done(Broadcast b, Broadcast.Report r) {
        return Reply.Message.plain(BroadcastTexts.DONE
                .in(b.language())
                .formatted(b.id(), r.sent(), r.total(), r.failed(), r.unreachable(), r.optedOut()));
    }

    static Reply.Message cancelled(Broadcast b, Broadcast.Report r) {
        return Reply.Message.plain(
                BroadcastTexts.CANCELLED.in(b.language()).formatted(b.id(), r.sent(), r.total(), r.remaining()));
    }
}
