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
import org.wearetogether.chat.DataExport;
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

    /** The tokens that replace a forgotten person's ids; keyed by {@code TOGETHER_SECRET_KEY}. */
    @Bean
    org.wearetogether.chat.Pseudonyms pseudonyms(
            @org.springframework.beans.factory.annotation.Value("${TOGETHER_SECRET_KEY:${together.crm.secret-key:}}")
                    String secretKey) {
        return org.wearetogether.chat.Pseudonyms.fromSecret(secretKey);
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
            List<DataExport> exports,
            ChatSettings settings,
            Clock clock) {
        Map<String, ChatCommand> byName =
                commands.stream().collect(Collectors.toMap(c -> c.description().name(), Function.identity()));
        MyDataCommand myData = new MyDataCommand(new ExportAllowance(settings.exportEvery(), settings.cachedChats()));
        Responding responding = new Responding(
                engine, byName, new Forgetting(personalData), settings, buttons, followUps, memberships, gates, myData);
        PersonalExport export =
                new PersonalExport(exports, clock, settings.exportMaxSize().toBytes(), settings.hotline());
        return new Reception(chats, responding, commands, clock, export);
    }

    /** The chat's own part of {@code /mydata}: settings, the person as last seen, an unfinished dialog. */
    @Bean
    DataExport chatDataExport(Chats chats) {
        return new ChatDataExport(chats);
    }

    /**
     * After {@code /privacy} (every feature forgets the person, this one last or first alike): the erased data also
     * leaves the store's files, within the scrub's delay.
     */
    @Bean
    PersonalData scrubbingTheStoreFiles(org.wearetogether.storage.StoreScrub scrub) {
        return person -> scrub.scrubSoon();
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
