package org.wearetogether.broadcasts.internal;

import java.time.Clock;
import java.util.List;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;

/** {@code /stop_news} (no more announcements to this chat) and {@code /news} (announcements again), for everyone. */
final class NewsCommand implements ChatCommand {

    private final boolean wanted;
    private final MongoOptOuts optOuts;
    private final Clock clock;

    NewsCommand(boolean wanted, MongoOptOuts optOuts, Clock clock) {
        this.wanted = wanted;
        this.optOuts = optOuts;
        this.clock = clock;
    }

    @Override
    public Description description() {
        return wanted
                ? new Description("news", Texts.of("Получать объявления", "Get announcements"))
                : new Description("stop_news", Texts.of("Не получать объявления", "Stop announcements"));
    }

    @Override
    public List<Reply> run(Person person, String language, String args) {
        if (wanted) {
            optOuts.optIn(person.chatKey());
            return List.of(Reply.Message.plain(BroadcastTexts.NEWS_ON.in(language)));
        }
        optOuts.optOut(person.chatKey(), clock.instant());
        return List.of(Reply.Message.plain(BroadcastTexts.STOPPED_NEWS.in(language)));
    }
}
