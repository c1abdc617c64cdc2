package org.wearetogether.telegram.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.dialog.Texts;

/**
 * Registers the front desk's commands in Telegram's command menu: once per supported language, and for the default
 * scope in the fallback language (most people the service serves read Russian).
 */
final class CommandMenu {

    private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);

    private final TelegramCalls calls;

    CommandMenu(TelegramCalls calls) {
        this.calls = calls;
    }

    void register(List<ChatCommand.Description> commands) {
        if (commands.isEmpty()) {
            return;
        }
        register(commands, Texts.SUPPORTED_LANGUAGES.get(0), null);
        for (String language : Texts.SUPPORTED_LANGUAGES) {
            register(commands, language, language);
        }
    }

    private void register(List<ChatCommand.Description> commands, String textLanguage, String scopeLanguage) {
        var botCommands = commands.stream()
                .map(c -> new BotCommand(c.name(), c.text().in(textLanguage)))
                .toList();
        try {
            calls.call(SetMyCommands.builder()
                    .commands(botCommands)
                    .scope(new BotCommandScopeDefault())
                    .languageCode(scopeLanguage)
                    .build());
        } catch (CallFailed e) {
            log.warn("Could not register the command menu for language {}: {}", scopeLanguage, e.getMessage());
        }
    }
}
