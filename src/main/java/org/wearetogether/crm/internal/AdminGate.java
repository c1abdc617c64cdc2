package org.wearetogether.crm.internal;

import java.util.Optional;
import org.wearetogether.access.Roles;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Texts;

/**
 * Who may run the CRM commands: admins, in a private chat with the bot (the commands show secrets, which must not
 * reach a group).
 */
final class AdminGate {

    private static final Texts NOT_ADMIN =
            Texts.of("Эта команда доступна только администраторам.", "Sorry, this command is only for admins.");
    private static final Texts NOT_PRIVATE = Texts.of(
            "Эта команда показывает секретный ключ. Пожалуйста, отправьте её в личном чате с ботом.",
            "This command shows a secret key. Please send it in a private chat with the bot.");

    private final Roles roles;

    AdminGate(Roles roles) {
        this.roles = roles;
    }

    /** Why the person may not run the command, in their language; empty when they may. */
    Optional<String> refusal(Person person, String language) {
        if (!roles.isAdmin(person.userId())) {
            return Optional.of(NOT_ADMIN.in(language));
        }
        if (!person.chatId().equals(person.userId())) {
            return Optional.of(NOT_PRIVATE.in(language));
        }
        return Optional.empty();
    }
}
