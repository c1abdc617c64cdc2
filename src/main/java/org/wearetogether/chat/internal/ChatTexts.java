package org.wearetogether.chat.internal;

import org.wearetogether.dialog.Texts;

/** Every text the front desk says, in every supported language. Short and polite: many readers are elderly. */
final class ChatTexts {

    private ChatTexts() {}

    static final Texts GREETING = Texts.of(
            "Здравствуйте! Это бот акции #МыВместе. Волонтёры помогут пожилым людям и тем, кому трудно выходить из"
                    + " дома: продукты, лекарства, транспорт и многое другое. Что вы хотите сделать?",
            "Hello! This is the #WeAreTogether bot. Volunteers help elderly people and those who find it hard to leave"
                    + " home: groceries, medicines, transport and more. What would you like to do?");
    static final Texts HELP_FOR_ME = Texts.of("🙋 Нужна помощь мне", "🙋 I need help");
    static final Texts HELP_FOR_RELATIVE =
            Texts.of("👵 Помощь родственнику или соседу", "👵 Help for a relative or neighbour");
    static final Texts BECOME_VOLUNTEER = Texts.of("🤝 Стать волонтёром", "🤝 Become a volunteer");
    static final Texts CALL_ME_BACK = Texts.of("📞 Перезвоните мне", "📞 Call me back");
    static final Texts MY_REQUESTS = Texts.of("📋 Мои заявки", "📋 My requests");
    static final Texts LANGUAGE = Texts.of("🌐 Язык / Language", "🌐 Language / Язык");
    static final Texts CONTINUE = Texts.of("▶️ Продолжить: %s", "▶️ Continue: %s");

    static final Texts VOLUNTEERS_SOON = Texts.of(
            "Спасибо, что хотите помогать! Запись волонтёров в этом боте скоро откроется. Пока можно записаться"
                    + " по телефону горячей линии %s.",
            "Thank you for wanting to help! Volunteer sign-up in this bot opens soon. Until then you can sign up by"
                    + " calling the hotline %s.");
    static final Texts HELP = Texts.of(
            "Я помогаю оставить заявку на помощь волонтёров.\n\n"
                    + "/start — главное меню\n/requests — мои заявки\n/cancel — отменить заполнение\n"
                    + "/restart — начать заявку заново\n/language — сменить язык\n/privacy — ваши данные\n"
                    + "/mydata — файл со всем, что о вас хранится\n\n"
                    + "Если удобнее по телефону, звоните на горячую линию: %s.",
            "I help you ask volunteers for help.\n\n"
                    + "/start — main menu\n/requests — my requests\n/cancel — stop filling in a request\n"
                    + "/restart — start the request again\n/language — change the language\n/privacy — your data\n"
                    + "/mydata — a file with everything stored about you\n\n"
                    + "If you prefer the phone, call the hotline: %s.");
    static final Texts NOTHING_TO_CANCEL = Texts.of(
            "Сейчас нечего отменять. Чтобы начать, нажмите /start.",
            "There is nothing to cancel right now. To begin, press /start.");
    static final Texts UNKNOWN_COMMAND = Texts.of(
            "Я не знаю такой команды. Список команд: /help.",
            "I don't know this command. The list of commands: /help.");
    static final Texts NOT_UNDERSTOOD = Texts.of(
            "Я понимаю текст и нажатия на кнопки. Выберите, пожалуйста, что вы хотите сделать:",
            "I understand text and button presses. Please choose what you would like to do:");
    static final Texts EDITS_NOT_READ = Texts.of(
            "Я не вижу исправлений в уже отправленных сообщениях. Пожалуйста, отправьте ответ ещё раз новым сообщением.",
            "I cannot see changes to messages already sent. Please send your answer again as a new message.");
    static final Texts CHOOSE_LANGUAGE = Texts.of("Выберите язык:", "Choose your language:");
    static final Texts LANGUAGE_SET = Texts.of("Хорошо, буду писать по-русски.", "Fine, I will write in English.");
    static final Texts BUTTON_INACTIVE = Texts.of("Эта кнопка уже не действует", "This button is no longer active");
    static final Texts DROP_CURRENT = Texts.of(
            "У вас есть незаконченная заявка «%s». Начать новую? Ответы незаконченной будут удалены.",
            "You have an unfinished \"%s\". Start a new one? The unfinished answers will be deleted.");
    static final Texts DROP_YES = Texts.of("Да, начать новую", "Yes, start a new one");
    static final Texts DROP_NO = Texts.of("Нет, продолжить", "No, continue");

    /** What others see is said in the consent text's words ({@code PrivacyTextTest} holds the two together). */
    static final Texts PRIVACY = Texts.of(
            "Ваши данные.\n\nМы храним только то, что нужно для помощи: ваш Telegram-идентификатор и имя, чтобы"
                    + " отвечать вам, и ответы в ваших заявках. Имена, телефоны, адрес и подробности видят только"
                    + " координатор штаба, который взял заявку, и волонтёр, которого он назначил. Остальные в чате"
                    + " штаба видят только: номер просьбы, что нужно, срочность, регион, возраст, статус, кто ею"
                    + " занимается, отметка «Безопасность» при признаках опасности и номер более ранней открытой просьбы на тот же телефон. Всё, что о"
                    + " вас хранится, пришлёт команда /mydata.",
            "Your data.\n\nWe keep only what helping needs: your Telegram id and name, to answer you, and the answers"
                    + " in your requests. Names, phones, the address and the details are seen only by the HQ"
                    + " coordinator who takes the request and the volunteer they assign. Everyone else in the HQ chat"
                    + " sees only: the request number, what is needed, the urgency, the region, the age group, the"
                    + " status, who is on it, a safety mark when the answers suggest danger and the number of an earlier open request for the same phone. /mydata"
                    + " sends you everything stored about you.");

    static final Texts PRIVACY_DELETE = Texts.of(
            "Вы можете удалить свои данные в любой момент. Тогда:\n"
                    + "• незаконченные ответы удалятся;\n"
                    + "• открытые заявки будут отменены, а из всех ваших заявок будут стёрты имена, телефоны, адрес,"
                    + " подробности и комментарии; сообщения о них у штаба, волонтёров и в CRM будут очищены;\n"
                    + "• анкета волонтёра будет удалена, а ваши имя и Telegram-идентификатор в истории задач, заявок и"
                    + " журнале действий заменятся анонимным кодом;\n"
                    + "• останутся номера заявок, регион, что было нужно и даты (для статистики, без имён), а также"
                    + " ваш отказ от рассылок, если вы его дали, и язык чата, чтобы бот мог вам ответить.",
            "You can delete your data at any time. Then:\n"
                    + "• unfinished answers are deleted;\n"
                    + "• open requests are cancelled, and names, phones, address, details and comments are erased"
                    + " from all your requests; the messages about them at the HQ, the volunteers' and in CRMs are"
                    + " cleaned;\n"
                    + "• your volunteer profile is deleted, and your name and Telegram id in the history of tasks,"
                    + " requests and the log of actions are replaced with an anonymous code;\n"
                    + "• request numbers, region, what was needed and dates stay (statistics, without names), and so"
                    + " do your opt-out from announcements, if you gave one, and the chat's language, so that the"
                    + " bot can answer you.");

    static final Texts FORGET = Texts.of("🗑 Удалить мои данные", "🗑 Delete my data");
    static final Texts FORGET_CONFIRM = Texts.of(
            "Точно удалить ваши данные? Открытые заявки будут отменены, анкета волонтёра удалена. Это нельзя"
                    + " отменить.",
            "Delete your data for sure? Open requests will be cancelled and a volunteer profile deleted. This cannot"
                    + " be undone.");
    static final Texts FORGET_YES = Texts.of("Да, удалить", "Yes, delete");
    static final Texts FORGET_NO = Texts.of("Нет, оставить", "No, keep it");
    static final Texts FORGOTTEN = Texts.of(
            "Готово: ваши данные удалены. Если понадобится помощь, нажмите /start.",
            "Done: your data has been deleted. If you need help, press /start.");
    static final Texts NOT_FORGOTTEN = Texts.of("Хорошо, ничего не удалено.", "Fine, nothing was deleted.");

    static final Texts CMD_START = Texts.of("Главное меню", "Main menu");
    static final Texts CMD_HELP = Texts.of("Что умеет бот", "What the bot can do");
    static final Texts CMD_CANCEL = Texts.of("Отменить заполнение заявки", "Stop filling in a request");
    static final Texts CMD_LANGUAGE = Texts.of("Сменить язык", "Change the language");
    static final Texts CMD_PRIVACY = Texts.of("Ваши данные и их удаление", "Your data and deleting it");
}
