package org.wearetogether.access.internal;

import org.wearetogether.dialog.Texts;

/** What the admin commands say. */
final class AccessTexts {

    static final Texts ADMINS_ONLY =
            Texts.of("Извините, эта команда только для администраторов.", "Sorry, this command is for admins only.");
    static final Texts COORDINATOR_USAGE = Texts.of(
            "Напишите так: /coordinator <id или @имя> <код региона, например RU-MOW>\n"
                    + "Снять: /coordinator remove <id или @имя> [код региона]",
            "Please write: /coordinator <id or @username> <region code, e.g. RU-MOW>\n"
                    + "To remove: /coordinator remove <id or @username> [region code]");
    static final Texts OPERATOR_USAGE = Texts.of(
            "Напишите так: /operator <id или @имя>\nСнять: /operator remove <id или @имя>",
            "Please write: /operator <id or @username>\nTo remove: /operator remove <id or @username>");
    static final Texts UNKNOWN_PERSON = Texts.of(
            "Не знаю %s: пусть этот человек сначала напишет боту, или укажите числовой id.",
            "I do not know %s yet: they should write to the bot first, or use their numeric id.");
    static final Texts UNKNOWN_REGION = Texts.of(
            "Нет региона с кодом %s. Пример: RU-MOW.", "There is no region with the code %s. Example: RU-MOW.");
    static final Texts COORDINATOR_ADDED =
            Texts.of("Готово: %s — координатор региона %s.", "Done: %s now coordinates %s.");
    static final Texts COORDINATOR_REMOVED =
            Texts.of("Готово: %s больше не координатор %s.", "Done: %s no longer coordinates %s.");
    static final Texts OPERATOR_ADDED =
            Texts.of("Готово: %s — оператор горячей линии.", "Done: %s is now a hotline operator.");
    static final Texts OPERATOR_REMOVED =
            Texts.of("Готово: %s больше не оператор.", "Done: %s is no longer an operator.");
    static final Texts NOTHING_CHANGED =
            Texts.of("Ничего не изменилось: так уже было.", "Nothing changed: it was so already.");
    static final Texts ALL_REGIONS = Texts.of("всех регионов", "all regions");

    private AccessTexts() {}
}
