package org.wearetogether.volunteers.internal;

import org.wearetogether.dialog.Texts;

/** What the volunteers module says to volunteers and coordinators. */
final class VolunteerTexts {

    private VolunteerTexts() {}

    // --- the volunteer

    static final Texts SIGNED_UP = Texts.of(
            "Спасибо! Анкета отправлена координаторам региона %s. Мы напишем сюда, когда они её рассмотрят.%s",
            "Thank you! Your profile has been sent to the coordinators of %s. We will write here when they have"
                    + " looked at it.%s");
    static final Texts PARENT_NEEDED = Texts.of(
            "\n\nВам меньше 18 лет, поэтому понадобится согласие родителя. Координатор расскажет, как его передать.",
            "\n\nAs you are under 18, a parent's consent is needed. A coordinator will tell you how to give it.");
    static final Texts UPDATED = Texts.of(
            "Готово, анкета обновлена. Посмотреть её: /volunteer",
            "Done, your profile is updated. To see it: /volunteer");
    static final Texts SENT_AGAIN = Texts.of(
            "Готово, анкета обновлена и отправлена координаторам региона %s. Мы напишем, когда они её рассмотрят.",
            "Done, your profile is updated and sent to the coordinators of %s. We will write when they have looked"
                    + " at it.");
    static final Texts APPROVED = Texts.of(
            "Хорошие новости! Ваша анкета волонтёра одобрена. Координаторы региона %s смогут предлагать вам задачи."
                    + " Сделать перерыв: /pause",
            "Good news! Your volunteer profile is approved. The coordinators of %s can now offer you tasks."
                    + " To take a break: /pause");
    static final Texts DECLINED = Texts.of(
            "К сожалению, вашу анкету волонтёра не одобрили.%s\nСпасибо за желание помогать! Вопросы можно задать"
                    + " по телефону %s.",
            "We are sorry: your volunteer profile was not approved.%s\nThank you for wanting to help! If you have"
                    + " questions, please call %s.");
    static final Texts DECLINED_REASON = Texts.of("\nПричина: %s", "\nReason: %s");

    static final Texts PROFILE = Texts.of(
            "Ваша анкета волонтёра\nСтатус: %s\n\nИмя: %s\nВозраст: %s\nТелефон: %s\nРегион: %s\nГород или район: %s\n"
                    + "Навыки: %s\nКогда удобно: %s\nЧасов в неделю: %s",
            "Your volunteer profile\nStatus: %s\n\nName: %s\nAge: %s\nPhone: %s\nRegion: %s\nTown or district: %s\n"
                    + "Skills: %s\nWhen: %s\nHours a week: %s");
    static final Texts STATUS_PENDING = Texts.of("ждёт одобрения координатора", "waiting for a coordinator's approval");
    static final Texts STATUS_APPROVED = Texts.of("одобрена, вы получаете задачи", "approved, you receive tasks");
    static final Texts STATUS_PAUSED =
            Texts.of("перерыв, задачи не приходят (/resume)", "on a break, no tasks (/resume)");
    static final Texts STATUS_DECLINED = Texts.of("не одобрена", "not approved");
    static final Texts PARENT_SHORT = Texts.of(" (нужно согласие родителя)", " (a parent's consent is needed)");
    static final Texts NONE = Texts.of("нет", "none");

    static final Texts EDIT = Texts.of("✏️ Изменить", "✏️ Edit");
    static final Texts PAUSE = Texts.of("⏸ Перерыв", "⏸ Pause");
    static final Texts RESUME = Texts.of("▶️ Вернуться", "▶️ Resume");
    static final Texts LEAVE = Texts.of("🚪 Удалить анкету", "🚪 Leave");
    static final Texts EDIT_START = Texts.of(
            "Пройдём вопросы анкеты заново. Пока вы не отправите новую анкету, действует прежняя.",
            "Let us go through the questions again. Your current profile stays until you send the new one.");
    static final Texts EDIT_GO = Texts.of("✏️ Начать", "✏️ Start");

    static final Texts PAUSED = Texts.of(
            "Готово, вы на перерыве: задачи приходить не будут. Вернуться: /resume",
            "Done, you are on a break: no tasks will come. To come back: /resume");
    static final Texts RESUMED = Texts.of(
            "С возвращением! Координаторы снова могут предлагать вам задачи.",
            "Welcome back! Coordinators can offer you tasks again.");
    static final Texts ALREADY_PAUSED =
            Texts.of("Вы уже на перерыве. Вернуться: /resume", "You are on a break already. To come back: /resume");
    static final Texts NOT_PAUSED = Texts.of(
            "Вы и так получаете задачи. Сделать перерыв: /pause",
            "You are receiving tasks already. To take a break: /pause");
    static final Texts PAUSE_NOT_YET = Texts.of(
            "Перерыв можно взять, когда анкета одобрена. Ваша анкета: /volunteer",
            "You can take a break once your profile is approved. Your profile: /volunteer");
    static final Texts PAUSED_BY_COORDINATOR = Texts.of(
            "Координатор поставил ваше волонтёрство на перерыв: задачи пока приходить не будут. Вернуться: /resume",
            "A coordinator put your volunteering on a break: no tasks will come for now. To come back: /resume");
    static final Texts RESUMED_BY_COORDINATOR = Texts.of(
            "Координатор вернул вас к задачам: их снова могут вам предлагать. Спасибо!",
            "A coordinator brought you back: tasks can be offered to you again. Thank you!");
    static final Texts DESK_PAUSED = Texts.of("%s на перерыве: задачи не предлагаются.", "%s is on a break: no tasks.");
    static final Texts DESK_RESUMED = Texts.of("%s снова получает задачи.", "%s takes tasks again.");
    static final Texts DESK_ALREADY_PAUSED = Texts.of("%s уже на перерыве.", "%s is on a break already.");
    static final Texts DESK_NOT_PAUSED = Texts.of("%s и так получает задачи.", "%s takes tasks already.");
    static final Texts DESK_NOT_APPROVED = Texts.of(
            "Перерыв возможен только для одобренной анкеты (%s).", "Only an approved profile can take a break (%s).");
    static final Texts NO_PROFILE = Texts.of(
            "У вас пока нет анкеты волонтёра. Стать волонтёром: /volunteer",
            "You do not have a volunteer profile yet. To become a volunteer: /volunteer");

    static final Texts FORGET_CONFIRM = Texts.of(
            "Удалить вашу анкету волонтёра? Имя, телефон и остальные данные анкеты будут удалены, ваши открытые"
                    + " задачи вернутся координаторам, а сообщения о задачах у вас будут очищены от данных тех, кому"
                    + " вы помогали. В истории задач и просьб ваши имя и Telegram-идентификатор заменятся анонимным"
                    + " кодом.",
            "Delete your volunteer profile? Your name, phone and the rest of the profile will be deleted, your open"
                    + " tasks go back to the coordinators, and your task messages are cleaned of the data of those you"
                    + " helped. In the history of tasks and requests your name and Telegram id are replaced with an"
                    + " anonymous code.");
    static final Texts FORGET_YES = Texts.of("Да, удалить", "Yes, delete");
    static final Texts FORGET_NO = Texts.of("Нет, оставить", "No, keep it");
    static final Texts FORGOTTEN = Texts.of(
            "Готово, ваша анкета волонтёра удалена. В истории задач и просьб вместо вашего имени и"
                    + " Telegram-идентификатора теперь анонимный код. Спасибо за помощь! Вернуться можно в любой"
                    + " момент: /volunteer",
            "Done, your volunteer profile is deleted. The history of tasks and requests now shows an anonymous code"
                    + " instead of your name and Telegram id. Thank you for your help! You are welcome back any time:"
                    + " /volunteer");
    static final Texts KEPT = Texts.of("Хорошо, анкета остаётся.", "All right, your profile stays.");
    static final Texts NOTHING_TO_FORGET = Texts.of(
            "У вас нет анкеты волонтёра. Удалить все свои данные: /privacy",
            "You have no volunteer profile. To delete all your data: /privacy");

    // --- coordinators (cards are in both languages: the bot does not know a coordinator's language in advance)

    static final String CARD = """
            🙋 Новая анкета волонтёра / New volunteer
            Имя / Name: %s
            Возраст / Age: %s
            Телефон / Phone: %s
            Регион / Region: %s
            Город, район / Town, district: %s
            Навыки / Skills: %s
            Когда / When: %s
            Часов в неделю / Hours a week: %s""";
    static final String CARD_PARENT = " — нужно согласие родителя / a parent's consent is needed";
    static final String CARD_APPROVED = "\n\n✅ Одобрено / Approved: %s";
    static final String CARD_DECLINED = "\n\n❌ Отклонено / Declined: %s";
    static final String CARD_REASON = "\nПричина / Reason: %s";
    static final String CARD_CHANGED =
            "🙋 Анкета волонтёра изменилась, новая карточка отправлена.\nThe volunteer's profile changed; a new card was sent.";
    static final String CARD_GONE = "🙋 Волонтёр удалил свою анкету.\nThe volunteer deleted their profile.";
    static final String APPROVE = "✅ Одобрить / Approve";
    static final String DECLINE = "❌ Отклонить / Decline";

    static final Texts ASK_REASON = Texts.of(
            "Почему анкета %s отклонена? Напишите причину одним сообщением — её передадут волонтёру. Или нажмите"
                    + " кнопку ниже.",
            "Why is %s's profile declined? Please type the reason in one message: it will be passed on to the"
                    + " volunteer. Or press the button below.");
    static final Texts NO_REASON = Texts.of("Отклонить без причины", "Decline without a reason");
    static final Texts DONE_APPROVED =
            Texts.of("Готово: анкета %s одобрена, волонтёру сообщим.", "Done: %s is approved; they will be told.");
    static final Texts DONE_DECLINED =
            Texts.of("Готово: анкета %s отклонена, волонтёру сообщим.", "Done: %s is declined; they will be told.");
    static final Texts ALREADY_DECIDED =
            Texts.of("Эту анкету уже рассмотрели (%s).", "This profile has been decided already (%s).");
    static final Texts CARD_OUTDATED = Texts.of("Эта карточка устарела.", "This card is out of date.");
    static final Texts ONLY_COORDINATORS = Texts.of(
            "Извините, это могут сделать только координаторы региона.",
            "Sorry, only the region's coordinators can do this.");
    static final Texts INACTIVE = Texts.of("Эта кнопка больше не действует.", "This button is no longer active.");
}
