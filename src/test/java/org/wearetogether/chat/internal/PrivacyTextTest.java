package org.wearetogether.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code /privacy} promises what the HQ group sees in the very words of the consent texts people agree to. */
class PrivacyTextTest {

    private static final Pattern SEES_ONLY = Pattern.compile("(sees only|видят только): ([^.]+)\\.");

    @Test
    void privacySaysWhatTheGroupSeesInTheConsentTextsWords() throws IOException {
        String consent = Files.readString(Path.of("dialogs", "request-help.yaml"));
        List<String> lists = new ArrayList<>();
        Matcher m = SEES_ONLY.matcher(consent);
        while (m.find()) {
            lists.add(m.group(2));
            String language = m.group(1).startsWith("sees") ? "en" : "ru";
            assertThat(ChatTexts.PRIVACY.in(language)).contains(m.group(1) + ": " + m.group(2) + ".");
        }
        assertThat(lists)
                .as("each consent text of the help request says what the group sees")
                .hasSize(4);
    }

    @Test
    void privacyPointsToMyData() {
        assertThat(ChatTexts.PRIVACY.in("en")).contains("/mydata");
        assertThat(ChatTexts.PRIVACY.in("ru")).contains("/mydata");
    }
}
