package org.wearetogether.chat.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;

/**
 * {@code /mydata}: answers with the two files of the person's data, as {@link Reply.Deferred} replies that are made
 * when they are sent ({@link PersonalExport}). Only in a private chat (the files hold the person's phone and address),
 * and once per person per few minutes ({@link ExportAllowance}).
 */
final class MyDataCommand {

    static final String NAME = "mydata";

    private final ExportAllowance allowance;

    MyDataCommand(ExportAllowance allowance) {
        this.allowance = allowance;
    }

    List<Reply> run(Person person, String language, long updateId) {
        if (!person.chatId().equals(person.userId())) {
            return List.of(Reply.Message.plain(MyDataTexts.NOT_PRIVATE.in(language)));
        }
        Optional<Duration> wait = allowance.refusal(person.userId(), updateId);
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            return List.of(
                    Reply.Message.plain(MyDataTexts.TOO_OFTEN.in(language).formatted(minutes)));
        }
        return List.of(
                new Reply.Deferred(PersonalExport.HTML, language), new Reply.Deferred(PersonalExport.JSON, language));
    }
}
