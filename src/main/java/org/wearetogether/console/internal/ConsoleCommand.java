package org.wearetogether.console.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.StaffCommand;
import org.wearetogether.console.ConsoleSettings;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;

/**
 * {@code /console}: a one-time link to the web console, for staff, in a private chat. The link is a secret: the reply
 * carrying it is never stored ({@link Reply.Message#secret}); if it cannot be sent at once, the person later gets a
 * version without it that asks them to send {@code /console} again.
 */
final class ConsoleCommand implements StaffCommand {

    static final Texts DESCRIPTION = Texts.of("Веб-консоль штаба", "The HQ web console");
    static final Texts NOT_PRIVATE = Texts.of(
            "Ссылку на консоль я пришлю только в личном чате: напишите мне /console там.",
            "I send the console link only in a private chat: please send me /console there.");
    static final Texts NOT_STAFF = Texts.of(
            "Веб-консоль — для сотрудников штаба (координаторов, операторов и администраторов). "
                    + "Если вы координатор, попросите администратора добавить вас.",
            "The web console is for HQ staff (coordinators, operators and admins). "
                    + "If you are a coordinator, please ask an admin to add you.");
    static final Texts NOT_SET_UP = Texts.of(
            "Веб-консоль ещё не настроена: администратору нужно указать её адрес (TOGETHER_PUBLIC_URL).",
            "The web console is not set up yet: an admin needs to set its address (TOGETHER_PUBLIC_URL).");
    static final Texts LINK = Texts.of(
            "Ваша ссылка для входа в консоль (действует %d минут, один раз; никому её не пересылайте):\n%s",
            "Your link to the console (valid for %d minutes, once; please do not forward it):\n%s");
    static final Texts LINK_NOT_SHOWN = Texts.of(
            "Ссылка для входа в консоль устарела, пока сообщение ждало отправки. Напишите /console ещё раз.",
            "The console link expired while the message waited to be sent. Please send /console again.");

    private final Roles roles;
    private final MongoConsoleLogins logins;
    private final ConsoleSettings settings;
    private final Clock clock;

    ConsoleCommand(Roles roles, MongoConsoleLogins logins, ConsoleSettings settings, Clock clock) {
        this.roles = roles;
        this.logins = logins;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Description description() {
        return new Description("console", DESCRIPTION);
    }

    @Override
    public List<Reply> run(Person person, String language, String args) {
        if (person.userId() == null || !person.chatId().equals(person.userId())) {
            return say(NOT_PRIVATE.in(language));
        }
        if (Staff.of(roles, person.userId(), person.firstName(), language).isEmpty()) {
            return say(NOT_STAFF.in(language));
        }
        if (settings.publicUrl().isEmpty()) {
            return say(NOT_SET_UP.in(language));
        }
        Instant now = clock.instant();
        String token = logins.issue(person.userId(), person.firstName(), language, now, now.plus(settings.linkValid()));
        String link = settings.publicUrl() + LoginController.PATH + token;
        long minutes = Math.max(1, settings.linkValid().toMinutes());
        return List.of(Reply.Message.secret(LINK.in(language).formatted(minutes, link), LINK_NOT_SHOWN.in(language)));
    }

    private static List<Reply> say(String text) {
        return List.of(Reply.Message.plain(text));
    }
}
