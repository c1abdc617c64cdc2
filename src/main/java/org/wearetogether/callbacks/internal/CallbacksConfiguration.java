package org.wearetogether.callbacks.internal;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wearetogether.access.Roles;
import org.wearetogether.callbacks.CallbacksSettings;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.chat.ChatSettings;
import org.wearetogether.dialog.HelpOfferButton;
import org.wearetogether.hq.HqRouting;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.jobs.Jobs;
import org.wearetogether.jobs.RetentionRule;
import org.wearetogether.regions.RegionCatalogue;

/** Wires "Call me back". */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CallbacksSettings.class)
class CallbacksConfiguration {

    @Bean
    CallbackLifecycle callbackLifecycle(CallbacksSettings settings) {
        return new CallbackLifecycle(settings);
    }

    @Bean
    RequestingCallback requestingCallback(
            MongoCallbacks store,
            CallbackLifecycle lifecycle,
            HelpRequests requests,
            RegionCatalogue regions,
            CallbacksSettings settings,
            ObjectProvider<Jobs> jobs) {
        return new RequestingCallback(store, lifecycle, requests, regions, settings, nudge(jobs));
    }

    @Bean
    ChatCommand callbackCommand() {
        return new CallbackCommand();
    }

    @Bean
    HelpOfferButton callMeBackInHelpOffer() {
        return new HelpOfferButton(
                CallbackTexts.BUTTON, ChatCommand.buttonData(CallbackCommand.NAME), RequestingCallback.DIALOG);
    }

    @Bean
    CallbackCards callbackCards(
            MongoCallbacks store,
            Roles roles,
            HqRouting routing,
            ChatDelivery delivery,
            RegionCatalogue regions,
            CallbacksSettings settings) {
        return new CallbackCards(store, roles, routing, delivery, regions, settings);
    }

    @Bean
    CallbackButtons callbackButtons(
            MongoCallbacks store, CallbackLifecycle lifecycle, Roles roles, ObjectProvider<Jobs> jobs, Clock clock) {
        return new CallbackButtons(store, lifecycle, roles, nudge(jobs), clock);
    }

    @Bean
    CallbackSweeps callbackSweeps(
            MongoCallbacks store,
            CallbackLifecycle lifecycle,
            CallbackCards cards,
            ChatDelivery delivery,
            ChatSettings chat,
            CallbacksSettings settings,
            Clock clock) {
        return new CallbackSweeps(store, lifecycle, cards, delivery, chat, settings, clock);
    }

    @Bean
    CallbackData callbackData(
            MongoCallbacks store, CallbackLifecycle lifecycle, ObjectProvider<Jobs> jobs, Clock clock) {
        return new CallbackData(store, lifecycle, nudge(jobs), clock);
    }

    @Bean
    RetentionRule callbacksRetention(MongoCallbacks store, CallbacksSettings settings) {
        return CallbackData.retention(store, settings.retention());
    }

    private static Runnable nudge(ObjectProvider<Jobs> jobs) {
        return () -> jobs.ifAvailable(j -> j.nudge(CallbackSweeps.NAME));
    }
}
