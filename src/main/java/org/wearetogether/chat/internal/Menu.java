package org.wearetogether.chat.internal;

import java.util.ArrayList;
import java.util.List;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Reply.Button;
import org.wearetogether.dialog.Reply.Keyboard;
import org.wearetogether.dialog.Texts;

/** The front desk's buttons. Their data starts with {@code m:}; it carries no state, so old menus keep working. */
final class Menu {

    static final String PREFIX = "m:";
    static final String HELP_FOR_ME = "m:help:me";
    static final String HELP_FOR_RELATIVE = "m:help:relative";
    static final String VOLUNTEER = "m:volunteer";
    static final String REQUESTS = "m:requests";
    static final String LANGUAGE = "m:language";
    static final String SET_LANGUAGE = "m:lang:";
    static final String CONTINUE = "m:continue";
    static final String DROP_YES = "m:drop:yes";
    static final String DROP_NO = "m:drop:no";
    static final String FORGET = "m:forget";
    static final String FORGET_YES = "m:forget:yes";
    static final String FORGET_NO = "m:forget:no";
    /** Runs a feature's command (see {@link org.wearetogether.chat.ChatCommand#buttonData}). */
    static final String COMMAND = "m:cmd:";
    /** The command of "Call me back"; the menu shows its button while a feature provides it. */
    static final String CALLBACK_COMMAND = "callback";

    private Menu() {}

    static Reply main(String language, Texts intro, String unfinishedTitle) {
        return main(language, intro, unfinishedTitle, false);
    }

    static Reply main(String language, Texts intro, String unfinishedTitle, boolean callMeBack) {
        List<List<Button>> rows = new ArrayList<>();
        if (unfinishedTitle != null) {
            rows.add(List.of(new Button(ChatTexts.CONTINUE.in(language).formatted(unfinishedTitle), CONTINUE)));
        }
        rows.add(List.of(button(ChatTexts.HELP_FOR_ME, language, HELP_FOR_ME)));
        rows.add(List.of(button(ChatTexts.HELP_FOR_RELATIVE, language, HELP_FOR_RELATIVE)));
        rows.add(List.of(button(ChatTexts.BECOME_VOLUNTEER, language, VOLUNTEER)));
        if (callMeBack) {
            rows.add(List.of(button(ChatTexts.CALL_ME_BACK, language, COMMAND + CALLBACK_COMMAND)));
        }
        rows.add(List.of(
                button(ChatTexts.MY_REQUESTS, language, REQUESTS), button(ChatTexts.LANGUAGE, language, LANGUAGE)));
        return new Reply.Message(intro.in(language), new Keyboard.Inline(rows));
    }

    static Reply languages(String language) {
        List<Button> row =
                List.of(new Button("Русский", SET_LANGUAGE + "ru"), new Button("English", SET_LANGUAGE + "en"));
        return new Reply.Message(ChatTexts.CHOOSE_LANGUAGE.in(language), new Keyboard.Inline(List.of(row)));
    }

    static Reply yesNo(String text, String language, Texts yes, String yesData, Texts no, String noData) {
        List<Button> row = List.of(button(yes, language, yesData), button(no, language, noData));
        return new Reply.Message(text, new Keyboard.Inline(List.of(row)));
    }

    static Reply single(String text, Texts label, String language, String data) {
        return new Reply.Message(text, new Keyboard.Inline(List.of(List.of(button(label, language, data)))));
    }

    private static Button button(Texts label, String language, String data) {
        return new Button(label.in(language), data);
    }
}
