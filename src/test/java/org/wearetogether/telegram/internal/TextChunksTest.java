package org.wearetogether.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextChunksTest {

    @Test
    void keepsATextThatFitsWhole() {
        assertThat(TextChunks.split("я".repeat(4096), 4096)).containsExactly("я".repeat(4096));
    }

    @Test
    void cutsAtASpaceWhenThereIsNoLineBreak() {
        String text = "word ".repeat(1000);

        var chunks = TextChunks.split(text, 4096);

        assertThat(chunks).hasSize(2).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(4096));
        assertThat(chunks.get(0)).endsWith("word");
        assertThat(String.join(" ", chunks)).isEqualTo(text);
    }

    @Test
    void neverCutsAnEmojiInHalf() {
        String text = "😀".repeat(3000); // 6000 UTF-16 chars, no spaces

        var chunks = TextChunks.split(text, 4095);

        assertThat(chunks.get(0)).hasSize(4094);
        assertThat(String.join("", chunks)).isEqualTo(text);
    }
}
