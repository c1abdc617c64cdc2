package org.wearetogether.callbacks;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of "Call me back". The hotline the person is finally asked to call is the chat's ({@code
 * TOGETHER_HOTLINE}).
 *
 * @param sla a card nobody acted on is announced again (and to the region's HQ chats) after this, and again after
 *     each such period
 * @param noAnswerPause after "No answer" the card comes back after this
 * @param maxNoAnswers after this many "No answer" the person is asked to call the hotline and the callback is closed
 * @param maxOpen an open callback older than this is closed (the person asked too long ago to be called now)
 * @param retention a closed callback (its number, dates, outcome; no phone) is deleted this long after it closed
 * @param sweepInterval how often due SLA and retry timers, cards still to post or clean and notices owed are looked
 *     for
 * @param operatorLanguage the language of the cards operators get in their private chats
 */
@ConfigurationProperties("together.callbacks")
public record CallbacksSettings(
        @DefaultValue("30m") Duration sla,
        @DefaultValue("15m") Duration noAnswerPause,
        @DefaultValue("3") int maxNoAnswers,
        @DefaultValue("1d") Duration maxOpen,
        @DefaultValue("30d") Duration retention,
        @DefaultValue("10s") Duration sweepInterval,
        @DefaultValue("ru") String operatorLanguage) {}
