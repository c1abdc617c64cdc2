package org.wearetogether.regions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalisedNameTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Московская обл.                          | московская обл
            МОСКОВСКАЯ   область                     | московская обл
            Moscow Region                            | moscow обл
            Респ. Татарстан                          | татарстан респ
            Republic of Tatarstan                    | tatarstan респ
            Краснодарский кр.                        | краснодарский край
            Primorsky Krai                           | primorsky край
            Ханты-Мансийский автономный округ — Югра | ханты мансийский югра ао
            Еврейская автономная область             | еврейская ао
            Jewish Autonomous Oblast                 | jewish ао
            Ulyanovsk oblast'                        | ulyanovsk обл
            г. Орёл                                  | орел
            Санкт-Петербург!!!                       | санкт петербург
            """)
    void reducesSpellingsToOneCanonicalText(String typed, String expected) {
        assertThat(NormalisedName.of(typed).text()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"''", "'   '", "'🙂 🙂'", "'обл.'", "'г.'"})
    void findsNoNameInPunctuationEmojiOrKindAlone(String typed) {
        assertThat(NormalisedName.of(typed).isEmpty()).isTrue();
    }
}
