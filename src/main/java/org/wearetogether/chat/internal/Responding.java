package org.wearetogether.chat.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wearetogether.chat.Announcement;
import org.wearetogether.chat.ChatButtons;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.chat.ChatFollowUp;
import org.wearetogether.chat.ChatMembership;
import org.wearetogether.chat.ChatSettings;
import org.wearetogether.chat.DialogGate;
import org.wearetogether.chat.Inbound;
import org.wearetogether.dialog.Conversation;
import org.wearetogether.dialog.DialogEngine;
import org.wearetogether.dialog.DialogInput;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;
import org.wearetogether.dialog.Turn;

/**
 * Decides what an input means for a chat: a command, a menu button, or an answer for the running dialog. Pure
 * apart from the features' commands and the dialog's completion action, which are idempotent.
 */
final class Responding {

    static final String REQUEST_HELP = "request_help";
    /** The command of volunteer sign-up; while no feature contributes it, the menu gives the hotline instead. */
    static final String VOLUNTEER = "volunteer";
    /** The kind a channel gives an edited message: editing an earlier answer does not change it. */
    static final String EDITED = "edited";

    private final DialogEngine engine;
    private final Map<String, ChatCommand> commands;
    private final Forgetting forgetting;
    private final ChatSettings settings;
    private final List<ChatButtons> buttons;
    private final List<ChatFollowUp> followUps;
    private final List<ChatMembership> memberships;
    private final List<DialogGate> gates;
    /** {@code /mydata}; null where no export is wired (some tests): the command is then unknown. */
    private final MyDataCommand myData;

    Responding(DialogEngine engine, Map<String, ChatCommand> commands, Forgetting forgetting, ChatSettings settings) {
        this(engine, commands, forgetting, settings, List.of(), List.of(), List.of(), List.of());
    }

    Responding(
            DialogEngine engine,
            Map<String, ChatCommand> commands,
            Forgetting forgetting,
            ChatSettings settings,
            List<ChatButtons> buttons,
            List<ChatFollowUp> followUps,
            List<ChatMembership> memberships,
            List<DialogGate> gates) {
        this(engine, commands, forgetting, settings, buttons, followUps, memberships, gates, null);
    }

    Responding(
            DialogEngine engine,
            Map<String, ChatCommand> commands,
            Forgetting forgetting,
            ChatSettings settings,
            List<ChatButtons> buttons,
            List<ChatFollowUp> followUps,
            List<ChatMembership> memberships,
            List<DialogGate> gates,
            MyDataCommand myData) {
        this.myData = myData;
        this.memberships = List.copyOf(memberships);
        this.engine = engine;
        this.commands = commands;
        this.forgetting = forgetting;
        this.settings = settings;
        this.buttons = List.copyOf(buttons);
        this.followUps = List.copyOf(followUps);
        this.gates = List.copyOf(gates);
    }

    Response respond(ChatRecord record, Inbound inbound, Instant now) {
        String language =
                record.language() != null ? record.language() : Texts.supportedLanguage(inbound.languageTag());
        Context context = new Context(record, inbound.person(), language, now, inbound.updateId());
        if (inbound.content() instanceof Inbound.Command command) {
            return command(context, command.name(), command.args());
        }
        if (inbound.content() instanceof Inbound.Post post) {
            return posted(context, post.post());
        }
        if (inbound.content() instanceof Inbound.Membership membership) {
            return toMemberships(context, m -> m.membershipChanged(context.person(), language, membership.canPost()));
        }
        if (inbound.content() instanceof Inbound.Moved moved) {
            String newChatKey = inbound.person().channel() + ":" + moved.newChatId();
            return toMemberships(context, m -> m.moved(context.person(), newChatKey));
        }
        return said(context, ((Inbound.Said) inbound.content()).input());
    }

    /** The bot's place in a group changed: every feature that cares is told; the chat's own state stays. */
    private Response toMemberships(Context c, java.util.function.Function<ChatMembership, List<Reply>> tell) {
        List<Reply> replies = new java.util.ArrayList<>();
        for (ChatMembership membership : memberships) {
            replies.addAll(tell.apply(membership));
        }
        return new Response(c.record(), replies);
    }

    /** A formatted message or a photo: a feature waiting for an announcement takes it whole, dialogs read its text. */
    private Response posted(Context c, Announcement post) {
        if (c.record().conversation() == null) {
            for (ChatFollowUp followUp : followUps) {
                Optional<List<Reply>> heard = followUp.heardPost(c.person(), c.language(), post);
                if (heard.isPresent()) {
                    return new Response(c.record(), heard.get());
                }
            }
        }
        DialogInput asInput =
                post.photo() == null ? new DialogInput.Text(post.text()) : new DialogInput.Unsupported("photo");
        return said(c, asInput);
    }

    private Response command(Context c, String name, String args) {
        return switch (name) {
            case "start" -> Response.say(c.record(), menu(c, ChatTexts.GREETING));
            case "help" ->
                Response.say(c.record(), c.say(ChatTexts.HELP.in(c.language()).formatted(settings.hotline())));
            case "cancel" -> toDialog(c, new DialogInput.Cancel(), ChatTexts.NOTHING_TO_CANCEL);
            case "restart" -> toDialog(c, new DialogInput.Restart(), ChatTexts.GREETING);
            case "back" -> toDialog(c, new DialogInput.Back(), ChatTexts.GREETING);
            case "language" -> Response.say(c.record(), Menu.languages(c.language()));
            case "privacy" ->
                Response.say(
                        c.record(),
                        Menu.single(
                                ChatTexts.PRIVACY.in(c.language()) + "\n\n" + ChatTexts.PRIVACY_DELETE.in(c.language()),
                                ChatTexts.FORGET,
                                c.language(),
                                Menu.FORGET));
            case MyDataCommand.NAME ->
                myData == null
                        ? featureCommand(c, name, args)
                        : new Response(c.record(), myData.run(c.person(), c.language(), c.updateId()));
            default -> featureCommand(c, name, args);
        };
    }

    private Response featureCommand(Context c, String name, String args) {
        ChatCommand command = commands.get(name);
        if (command == null && VOLUNTEER.equals(name)) {
            return volunteersSoon(c);
        }
        if (command == null) {
            return Response.say(c.record(), c.say(ChatTexts.UNKNOWN_COMMAND.in(c.language())));
        }
        java.util.Optional<String> dialog = command.dialogFor(c.person());
        if (dialog.isPresent()) {
            return startDialog(c, dialog.get(), null, Map.of());
        }
        return new Response(c.record(), command.run(c.person(), c.language(), args));
    }

    private Response said(Context c, DialogInput input) {
        if (input instanceof DialogInput.ButtonPressed pressed) {
            return pressed(c, pressed.data());
        }
        if (input instanceof DialogInput.Unsupported unsupported && EDITED.equals(unsupported.kind())) {
            return Response.say(c.record(), c.say(ChatTexts.EDITS_NOT_READ.in(c.language())));
        }
        if (c.record().conversation() != null) {
            return turn(c, engine.handle(c.record().conversation(), c.person(), input, c.now()));
        }
        if (input instanceof DialogInput.Text text) {
            for (ChatFollowUp followUp : followUps) {
                Optional<List<Reply>> heard = followUp.heard(c.person(), c.language(), text.text());
                if (heard.isPresent()) {
                    return new Response(c.record(), heard.get());
                }
            }
        }
        if (!c.person().chatId().equals(c.person().userId())) {
            // a group: only texts someone waits for (an HQ answer) are read; the bot does not chat with the group
            return new Response(c.record(), List.of());
        }
        return Response.say(
                c.record(), menu(c, input instanceof DialogInput.Text ? ChatTexts.GREETING : ChatTexts.NOT_UNDERSTOOD));
    }

    private Response pressed(Context c, String data) {
        if (data.startsWith(Menu.PREFIX)) {
            return menuButton(c, data);
        }
        for (ChatButtons feature : buttons) {
            if (data.startsWith(feature.prefix())) {
                return new Response(c.record(), feature.press(c.person(), c.language(), data));
            }
        }
        Conversation conversation = c.record().conversation();
        if (conversation != null && engine.ownsButtonData(data)) {
            return turn(c, engine.handle(conversation, c.person(), new DialogInput.ButtonPressed(data), c.now()));
        }
        return inactiveButton(c);
    }

    private Response menuButton(Context c, String data) {
        return switch (data) {
            case Menu.HELP_FOR_ME -> startDialog(c, REQUEST_HELP, "me", Map.of());
            case Menu.HELP_FOR_RELATIVE -> startDialog(c, REQUEST_HELP, "relative", Map.of());
            case Menu.VOLUNTEER -> featureCommand(c, VOLUNTEER, "");
            case Menu.REQUESTS -> featureCommand(c, "requests", "");
            case Menu.LANGUAGE -> Response.say(c.record(), Menu.languages(c.language()));
            case Menu.CONTINUE -> continueDialog(c);
            case Menu.DROP_YES -> dropAndStart(c);
            case Menu.DROP_NO -> keepCurrent(c);
            case Menu.FORGET ->
                Response.say(
                        c.record(),
                        Menu.yesNo(
                                ChatTexts.FORGET_CONFIRM.in(c.language()),
                                c.language(),
                                ChatTexts.FORGET_YES,
                                Menu.FORGET_YES,
                                ChatTexts.FORGET_NO,
                                Menu.FORGET_NO));
            case Menu.FORGET_YES -> forget(c);
            case Menu.FORGET_NO -> Response.say(c.record(), c.say(ChatTexts.NOT_FORGOTTEN.in(c.language())));
            default -> {
                if (data.startsWith(Menu.SET_LANGUAGE)) {
                    yield setLanguage(c, data.substring(Menu.SET_LANGUAGE.length()));
                }
                String name = data.startsWith(Menu.COMMAND) ? data.substring(Menu.COMMAND.length()) : "";
                yield commands.containsKey(name) ? featureCommand(c, name, "") : inactiveButton(c);
            }
        };
    }

    /**
     * Starts a dialog, or first asks whether to drop the one in progress.
     *
     * @param inProgress the answers of the dialog this one replaces (the features' gates may carry some over)
     */
    private Response startDialog(Context c, String dialogId, String forWhom, Map<String, Object> inProgress) {
        Optional<List<Reply>> refused = refusal(c, dialogId);
        if (refused.isPresent()) {
            return new Response(c.record().withPending(null, null), refused.get());
        }
        Conversation current = c.record().conversation();
        if (current == null) {
            Map<String, Object> preset = new java.util.HashMap<>();
            for (DialogGate gate : gates) {
                preset.putAll(gate.presetAnswers(c.person(), dialogId, inProgress));
            }
            if (forWhom != null) {
                preset.put("for_whom", forWhom);
            }
            Turn turn = engine.start(dialogId, c.person(), c.language(), preset, c.now());
            return turn(c.withRecord(c.record().withPending(null, null)), turn);
        }
        String title = engine.title(current.dialogId(), c.language());
        Reply question = Menu.yesNo(
                ChatTexts.DROP_CURRENT.in(c.language()).formatted(title),
                c.language(),
                ChatTexts.DROP_YES,
                Menu.DROP_YES,
                ChatTexts.DROP_NO,
                Menu.DROP_NO);
        return Response.say(c.record().withPending(dialogId, forWhom), question);
    }

    /** A feature's answer turning the start of the dialog away (e.g. too many open requests), if any. */
    private Optional<List<Reply>> refusal(Context c, String dialogId) {
        for (DialogGate gate : gates) {
            Optional<List<Reply>> refused = gate.refuse(c.person(), dialogId, c.language());
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    private Response dropAndStart(Context c) {
        ChatRecord record = c.record();
        if (record.pendingDialog() == null) {
            return inactiveButton(c);
        }
        Optional<List<Reply>> refused = refusal(c, record.pendingDialog());
        if (refused.isPresent()) {
            // checked before dropping: a refused start must not cost the person the dialog they had
            return new Response(record.withPending(null, null), refused.get());
        }
        Map<String, Object> inProgress =
                record.conversation() == null ? Map.of() : record.conversation().answers();
        Context dropped = c.withRecord(record.withConversation(null));
        return startDialog(dropped, record.pendingDialog(), record.pendingPreset(), inProgress);
    }

    private Response keepCurrent(Context c) {
        ChatRecord record = c.record().withPending(null, null);
        if (record.conversation() == null) {
            return inactiveButton(c);
        }
        return turn(c.withRecord(record), engine.repeat(record.conversation(), c.now()));
    }

    private Response continueDialog(Context c) {
        Conversation conversation = c.record().conversation();
        return conversation == null ? inactiveButton(c) : turn(c, engine.repeat(conversation, c.now()));
    }

    private Response setLanguage(Context c, String chosen) {
        if (!Texts.SUPPORTED_LANGUAGES.contains(chosen)) {
            return inactiveButton(c);
        }
        ChatRecord record = c.record().withLanguage(chosen);
        Reply confirmation = new Reply.Message(ChatTexts.LANGUAGE_SET.in(chosen), Reply.Keyboard.NONE);
        Conversation conversation = record.conversation();
        if (conversation == null) {
            return Response.say(record, confirmation, Menu.main(chosen, ChatTexts.GREETING, null, callMeBack()));
        }
        Turn repeated = engine.repeat(Conversations.inLanguage(conversation, chosen), c.now());
        Response response = turn(c.withRecord(record), repeated);
        return new Response(response.record(), prepend(confirmation, response.replies()));
    }

    private Response forget(Context c) {
        forgetting.forget(c.person());
        ChatRecord record =
                c.record().withConversation(null).withPending(null, null).withoutNames(c.person());
        return Response.say(record, c.say(ChatTexts.FORGOTTEN.in(c.language())));
    }

    private Response toDialog(Context c, DialogInput input, Texts otherwise) {
        Conversation conversation = c.record().conversation();
        if (conversation == null) {
            return Response.say(
                    c.record(),
                    input instanceof DialogInput.Cancel ? c.say(otherwise.in(c.language())) : menu(c, otherwise));
        }
        return turn(c, engine.handle(conversation, c.person(), input, c.now()));
    }

    private Response volunteersSoon(Context c) {
        return Response.say(
                c.record(), c.say(ChatTexts.VOLUNTEERS_SOON.in(c.language()).formatted(settings.hotline())));
    }

    private Response inactiveButton(Context c) {
        return Response.say(c.record(), new Reply.Notice(ChatTexts.BUTTON_INACTIVE.in(c.language())));
    }

    private Response turn(Context c, Turn turn) {
        return new Response(c.record().withConversation(turn.conversation()), turn.replies());
    }

    private Reply menu(Context c, Texts intro) {
        Conversation current = c.record().conversation();
        String unfinished = current == null ? null : engine.title(current.dialogId(), c.language());
        return Menu.main(c.language(), intro, unfinished, callMeBack());
    }

    /** Whether a feature offers "Call me back" (the menu then shows it). */
    private boolean callMeBack() {
        return commands.containsKey(Menu.CALLBACK_COMMAND);
    }

    private static List<Reply> prepend(Reply first, List<Reply> rest) {
        java.util.ArrayList<Reply> all = new java.util.ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** One input's circumstances. */
    private record Context(ChatRecord record, Person person, String language, Instant now, long updateId) {

        Context withRecord(ChatRecord changed) {
            return new Context(changed, person, language, now, updateId);
        }

        Reply say(String text) {
            return Reply.Message.plain(text);
        }
    }
}
