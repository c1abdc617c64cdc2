package org.wearetogether.dialog.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ButtonDataTest {

    @Test
    void roundTripsItsParts() {
        String data = new ButtonData("ab12cd34", 17, "e:3").encode();

        assertThat(data).isEqualTo("d:ab12cd34:17:e:3");
        assertThat(ButtonData.parse(data)).isEqualTo(new ButtonData("ab12cd34", 17, "e:3"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "d:", "d:abc", "d:abc:", "d:abc:1:", "d:abc:x:o:1", "m:abc:1:o", "d:abc:99999999999:o"})
    void refusesMalformedData(String data) {
        assertThat(ButtonData.parse(data)).isNull();
    }

    @Test
    void refusesToEncodeMoreThanSixtyFourBytes() {
        assertThatThrownBy(() -> new ButtonData("ab12cd34", 1, "g:" + "Ж".repeat(30)).encode())
                .isInstanceOf(IllegalStateException.class);
    }
}
