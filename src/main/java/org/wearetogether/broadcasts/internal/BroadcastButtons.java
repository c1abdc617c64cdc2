package org.wearetogether.broadcasts.internal;

import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.access.Audit;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.ChatButtons;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;

/**
 * The broadcasts' buttons: a draft's ({@code b:<w|r|s|t|u|ok|d>:<no>[:<arg>]}, only its author) and Cancel under a
 * progress message ({@code b:x:<no>}, the author or an admin). Data that does not parse, or that belongs to an old
 * draft or a finished broadcast, changes nothing.
 */
final class BroadcastButtons implements ChatButtons {

    private static final Logger log = LoggerFactory.getLogger(BroadcastButtons.class);
    private static final Pattern DRAFT = Pattern.compile("b:(w|r|s|t|u|ok|d):(\\d{1,12})(?::([A-Za-z_*-]{1,20}))?");
    private static final Pattern STOP = Pattern.compile("b:x:(\\d{1,12})");

    private final Composing composing;
    private final MongoBroadcasts broadcasts;
    private final Sending sending;
    private final Roles roles;
    private final Audit audit;
    private final Clock clock;
    private final Cancelling cancelling;

    BroadcastButtons(
            Composing composing, MongoBroadcasts broadcasts, Sending sending, Roles roles, Audit audit, Clock clock) {
        this.composing = composing;
        this.cancelling = new Cancelling(broadcasts, sending, roles, audit, clock);
        this.broadcasts = broadcasts;
        this.sending = sending;
        this.roles = roles;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return ProgressView.PREFIX;
    }

    @Override
    public List<Reply> press(Person person, String language, String data) {
        Matcher draft = DRAFT.matcher(data);
        if (draft.matches()) {
            return composing.press(person, language, draft.group(1), Long.parseLong(draft.group(2)), draft.group(3));
        }
        Matcher stop = STOP.matcher(data);
        if (stop.matches()) {
            return cancel(person, language, Long.parseLong(stop.group(1)));
        }
        log.warn("Forged broadcast button data '{}' pressed by {}", data, person.userId());
        return List.of(new Reply.Notice(BroadcastTexts.INACTIVE.in(language)));
    }

    private List<Reply> cancel(Person person, String language, long id) {
        return List.of(new Reply.Notice(Cancelling.say(cancelling.cancel(person, id), id, language)));
    }
}
