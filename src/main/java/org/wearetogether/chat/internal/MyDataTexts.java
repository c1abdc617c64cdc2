package org.wearetogether.chat.internal;

import org.wearetogether.dialog.Texts;

/** What {@code /mydata} says and the fixed words of the file it sends. */
final class MyDataTexts {

    private MyDataTexts() {}

    static final Texts CMD_MYDATA = Texts.of("Что о вас хранится (файл)", "What is stored about you (a file)");
    static final Texts CAPTION = Texts.of(
            "Здесь всё, что бот хранит о вас. Откройте файл — он читается на телефоне. Следующий файл — то же самое"
                    + " для компьютеров (JSON). Удалить свои данные: /privacy",
            "Here is everything the bot stores about you. Open the file: it reads on a phone. The next file is the"
                    + " same for computers (JSON). To delete your data: /privacy");
    static final Texts JSON_CAPTION = Texts.of("Те же данные в формате JSON.", "The same data as JSON, for computers.");
    static final Texts TOO_OFTEN = Texts.of(
            "Файл с вашими данными уже отправлен недавно. Новый можно получить через %d мин.",
            "Your data file was sent a short while ago. You can get a new one in %d min.");
    static final Texts NOT_PRIVATE = Texts.of(
            "Ваши данные я пришлю только в личном чате. Пожалуйста, напишите мне /mydata лично.",
            "I send your data only in a private chat. Please send me /mydata privately.");
    static final Texts TOO_BIG = Texts.of(
            "Простите, файл с вашими данными получился слишком большим для Telegram. Позвоните, пожалуйста, на"
                    + " горячую линию %s — пришлём его другим способом.",
            "Sorry, your data file is too large for Telegram. Please call the hotline %s and we will send it another"
                    + " way.");
    static final Texts FAILED = Texts.of(
            "Простите, не получилось собрать файл с вашими данными. Попробуйте, пожалуйста, позже: /mydata",
            "Sorry, your data file could not be put together. Please try again later: /mydata");

    static final Texts TITLE = Texts.of("Ваши данные в боте #МыВместе", "Your data in the #WeAreTogether bot");
    static final Texts MADE_AT = Texts.of("Файл составлен: %s", "Made: %s");
    static final Texts INTRO = Texts.of(
            "Это всё, что бот хранит о вас: ваши заявки, профиль волонтёра, задания, полученные рассылки и настройки."
                    + " О других людях здесь только имена, и только то, что вам уже показывали.",
            "This is everything the bot stores about you: your requests, volunteer profile, tasks, announcements you"
                    + " received and settings. Of other people it shows first names only, and only what you were"
                    + " already shown.");
    static final Texts NOTHING_ELSE = Texts.of("Больше ничего о вас не хранится.", "Nothing else is stored about you.");
    static final Texts HOW_TO_DELETE = Texts.of(
            "Удалить свои данные: команда /privacy. Вопросы: горячая линия %s.",
            "To delete your data: the /privacy command. Questions: the hotline %s.");
}
