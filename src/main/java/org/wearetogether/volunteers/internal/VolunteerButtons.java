package org.wearetogether.volunteers.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.chat.ChatButtons;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;

/**
 * The {@code v:} buttons: a coordinator's Approve / Decline / Decline without a reason on a card
 * ({@code v:a:<userId>:<round>}), and a volunteer's own Edit / Pause / Resume / Leave. Data that does not parse
 * changes nothing; the volunteer's buttons act only on the presser's own profile.
 */
class VolunteerButtons implements ChatButtons {

    private static final Logger log = LoggerFactory.getLogger(VolunteerButtons.class);
    private static final Pattern DECISION = Pattern.compile("v:([adn]):([0-9A-Za-z_-]{1,32}):(\\d{1,6})");

    private final Approvals approvals;
    private final SelfService self;

    VolunteerButtons(Approvals approvals, SelfService self) {
        this.approvals = approvals;
        this.self = self;
    }

    @Override
    public String prefix() {
        return ProfileView.PREFIX;
    }

    @Override
    public List<Reply> press(Person person, String language, String data) {
        Matcher m = DECISION.matcher(data);
        if (m.matches()) {
            String userId = m.group(2);
            int round = Integer.parseInt(m.group(3));
            return switch (m.group(1)) {
                case ProfileView.APPROVE -> approvals.approve(person, language, userId, round);
                case ProfileView.DECLINE -> approvals.askReason(person, language, userId, round);
                default -> approvals.decline(person, language, userId, round, null);
            };
        }
        return switch (data) {
            case ProfileView.EDIT -> self.edit(person, language);
            case ProfileView.PAUSE -> self.pause(person, language);
            case ProfileView.RESUME -> self.resume(person, language);
            case ProfileView.LEAVE -> self.askToLeave(person, language);
            case ProfileView.LEAVE_YES -> self.leave(person, language);
            case ProfileView.LEAVE_NO -> self.stay(language);
            default -> {
                log.warn("Forged or stale volunteer button data '{}' from {}", data, person.chatKey());
                yield List.of(new Reply.Notice(VolunteerTexts.INACTIVE.in(language)));
            }
        };
    }
}
