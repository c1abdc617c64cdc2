package org.wearetogether.chat.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.chat.ChatButtons;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.chat.ChatFollowUp;
import org.wearetogether.chat.ChatSettings;
import org.wearetogether.chat.DialogGate;
import org.wearetogether.chat.FrontDesk;
import org.wearetogether.chat.PersonalData;
import org.wearetogether.dialog.DialogEngine;

/** Wires the front desk. */
@Configuration(proxyBeanMethods = false)
class ChatConfiguration {

    /** One way for every feature to message a chat by its key; the channels are looked up on first use. */
    @Bean
    ChatDelivery chatDelivery(org.springframework.beans.factory.ObjectProvider<ChannelSender> senders) {
        return new ChatDelivery(
                () -> senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity())));
    }

    @Bean
    FrontDesk frontDesk(
            Chats chats,
            DialogEngine engine,
            List<ChatCommand> commands,
            List<PersonalData> personalData,
            List<ChatButtons> buttons,
            List<ChatFollowUp> followUps,
            List<org.wearetogether.chat.ChatMembership> memberships,
            List<DialogGate> gates,
            ChatSettings settings,
            Clock clock) {
        Map<String, ChatCommand> byName =
                commands.stream().collect(Collectors.toMap(c -> c.description().name(), Function.identity()));
        Responding responding = new Responding(
                engine, byName, new Forgetting(personalData), settings, buttons, followUps, memberships, gates);
        return new Reception(chats, responding, commands, clock);
    }

    @Bean
    ConversationTimers conversationTimers(Chats chats, DialogEngine engine, List<ChannelSender> senders, Clock clock) {
        Map<String, ChannelSender> byChannel =
                senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity()));
        return new ConversationTimers(chats, engine, byChannel, clock);
    }

    @Bean
    org.wearetogether.jobs.RetentionRule inactiveChatsRule(
            MongoChatRetention chats, org.wearetogether.jobs.RetentionSettings settings) {
        return chats.inactiveFor(settings.chats());
    }

    @Bean
    TimerTick timerTick(ConversationTimers timers, ChatSettings settings) {
        return new TimerTick(timers::fireDue, settings.timerInterval());
    }
}
