package org.wearetogether.dialog;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the dialog engine.
 *
 * @param folder where dialog files are read from ({@code TOGETHER_DIALOGS_DIR}); shipped copies fill the gaps
 * @param maxInvalidAnswers invalid answers in a row after which the bot offers help and a way out
 * @param hotline the campaign's phone line, offered with that help ({@code TOGETHER_HOTLINE}; blank: not offered)
 */
@ConfigurationProperties("together.dialogs")
public record DialogSettings(
        @DefaultValue("./dialogs") Path folder,
        @DefaultValue("3") int maxInvalidAnswers,
        @DefaultValue("") String hotline) {}
