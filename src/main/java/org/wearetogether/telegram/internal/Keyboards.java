package org.wearetogether.telegram.internal;

import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;
import org.wearetogether.dialog.Reply;

/** Turns the channel-independent keyboards into Bot API markup. */
final class Keyboards {

    /** Text buttons per row under the request button: two fit a phone screen with readable labels. */
    private static final int TEXT_BUTTONS_PER_ROW = 2;

    private Keyboards() {}

    /** The markup for a new message; null for {@link Reply.Keyboard.None}. */
    static ReplyKeyboard markup(Reply.Keyboard keyboard) {
        if (keyboard instanceof Reply.Keyboard.Inline inline) {
            return inline(inline);
        }
        if (keyboard instanceof Reply.Keyboard.Request request) {
            return request(request);
        }
        if (keyboard instanceof Reply.Keyboard.Remove) {
            return new ReplyKeyboardRemove(true);
        }
        return null;
    }

    static InlineKeyboardMarkup inline(Reply.Keyboard.Inline inline) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (List<Reply.Button> row : inline.rows()) {
            rows.add(new InlineKeyboardRow(row.stream()
                    .map(b -> InlineKeyboardButton.builder()
                            .text(b.label())
                            .callbackData(b.data())
                            .build())
                    .toList()));
        }
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private static ReplyKeyboardMarkup request(Reply.Keyboard.Request request) {
        List<KeyboardRow> rows = new ArrayList<>();
        if (request.request() != null) {
            var button = KeyboardButton.builder().text(request.request().label());
            switch (request.request().what()) {
                case CONTACT -> button.requestContact(true);
                case LOCATION -> button.requestLocation(true);
            }
            rows.add(new KeyboardRow(button.build()));
        }
        List<String> texts = request.textButtons();
        for (int i = 0; i < texts.size(); i += TEXT_BUTTONS_PER_ROW) {
            var row = new KeyboardRow();
            texts.subList(i, Math.min(texts.size(), i + TEXT_BUTTONS_PER_ROW)).forEach(row::add);
            rows.add(row);
        }
        return ReplyKeyboardMarkup.builder()
                .keyboard(rows)
                .resizeKeyboard(true)
                .oneTimeKeyboard(true)
                .build();
    }
}
