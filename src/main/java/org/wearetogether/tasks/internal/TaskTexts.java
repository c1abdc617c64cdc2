package org.wearetogether.tasks.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.wearetogether.dialog.Texts;

/** What the tasks feature says, in every language. */
final class TaskTexts {

    // the coordinator's list
    static final Texts PICK_TITLE = Texts.of(
            "Кому предложить просьбу № %s? Свободные волонтёры региона %s (стр. %d):",
            "Whom to offer request No. %s? Available volunteers of %s (page %d):");
    static final Texts PICK_SEARCH = Texts.of(
            "Чтобы найти по имени, напишите его следующим сообщением.",
            "To search by name, type it in your next message.");
    static final Texts PICK_FOUND = Texts.of("Поиск: «%s».", "Search: \"%s\".");
    static final Texts PICK_NONE = Texts.of("Свободных волонтёров не нашлось.", "No available volunteers found.");
    static final Texts LOAD = Texts.of("задач: %d", "tasks: %d");
    static final Texts NEXT = Texts.of("Далее ▶️", "Next ▶️");
    static final Texts PREVIOUS = Texts.of("◀️ Назад", "◀️ Previous");
    static final Texts OFFERED = Texts.of(
            "Готово: просьба № %s предложена волонтёру %s. Я сообщу вам ответ.",
            "Done: request No. %s is offered to %s. I will tell you the answer.");
    static final Texts ALREADY_OFFERED =
            Texts.of("У просьбы № %s уже есть волонтёр: %s (%s).", "Request No. %s already has a volunteer: %s (%s).");
    static final Texts NOT_AVAILABLE = Texts.of(
            "Этот волонтёр сейчас не может брать задачи. Выберите, пожалуйста, другого.",
            "This volunteer cannot take tasks now. Please choose someone else.");
    static final Texts NOT_REACHED = Texts.of(
            "Не удалось написать волонтёру %s. Выберите, пожалуйста, другого.",
            "I could not write to %s. Please choose someone else.");
    static final Texts ONLY_HOLDER = Texts.of(
            "Извините, назначить волонтёра может только тот, кто взял просьбу.",
            "Sorry, only the coordinator who took the request can assign a volunteer.");

    // the volunteer's task
    static final Texts TASK_TITLE = Texts.of("📋 Задача по просьбе № %s", "📋 Task for request No. %s");
    static final Texts STUB =
            Texts.of("Личные данные по этой задаче удалены.", "The personal details of this task have been deleted.");
    static final Texts NEEDS = Texts.of("Нужно", "Needs");
    static final Texts URGENCY = Texts.of("Срочность", "Urgency");
    static final Texts DETAILS = Texts.of("Подробности", "Details");
    // The voice stays with the coordinator: a task message can be edited to a stub later, a voice message cannot.
    static final Texts VOICE_DETAILS = Texts.of(
            "🎤 голосовое сообщение; его слушает координатор и расскажет вам, что важно",
            "🎤 a voice message; the coordinator listens to it and will tell you what matters");
    static final Texts FOR = Texts.of("Кому", "For");
    static final Texts ASKED_BY = Texts.of("Кто просил", "Asked by");
    static final Texts PHONE = Texts.of("тел.", "phone");
    static final Texts ADDRESS = Texts.of("Адрес", "Address");
    static final Texts STATE = Texts.of("Статус", "Status");
    static final Texts ANSWER_WITHIN =
            Texts.of("Пожалуйста, ответьте до %s (местное время).", "Please answer by %s (local time).");
    static final Texts CODE_WORD_AFTER_ACCEPT = Texts.of(
            "🔑 Кодовое слово для двери вы получите, когда возьмёте задачу.",
            "🔑 You will get the code word for the door once you accept.");
    static final Texts CODE_WORD = Texts.of(
            "🔑 Кодовое слово: «%s». Назовите его у двери: откроют только тому, кто его скажет. Никому его не "
                    + "сообщайте.",
            "🔑 Code word: \"%s\". Say it at the door: they will open only to someone who says it. Please do not "
                    + "share it.");
    static final Texts CODE_WORD_PENDING = Texts.of(
            "🔑 Кодовое слово ещё готовится: посмотрите /tasks через минуту.",
            "🔑 The code word is still on its way: please look at /tasks in a minute.");
    static final Texts ACCEPT = Texts.of("✅ Беру", "✅ Accept");
    static final Texts DECLINE = Texts.of("❌ Не могу взять", "❌ Decline");
    static final Texts DONE = Texts.of("✅ Выполнено", "✅ Done");
    static final Texts CANNOT = Texts.of("⚠️ Не получается", "⚠️ Cannot do");
    static final Texts BACK = Texts.of("↩️ Назад", "↩️ Back");
    static final Texts WHY_DECLINE = Texts.of(
            "Почему не получится взять № %s? Выберите или напишите причину.",
            "Why can you not take No. %s? Choose or type a reason.");
    static final Texts WHY_CANNOT = Texts.of(
            "Что мешает выполнить № %s? Выберите или напишите причину.",
            "What stops you doing No. %s? Choose or type a reason.");
    static final Texts MY_TASKS_HINT =
            Texts.of("Ваши задачи всегда можно посмотреть командой /tasks.", "You can see your tasks with /tasks.");

    // answers to the volunteer
    static final Texts THANKS_ACCEPTED =
            Texts.of("Спасибо! Когда поможете, нажмите «Выполнено».", "Thank you! When you have helped, press Done.");
    static final Texts THANKS_DONE = Texts.of("Спасибо за помощь! 💙", "Thank you for your help! 💙");
    static final Texts DECLINED_OK = Texts.of("Хорошо, спасибо, что ответили.", "All right, thank you for answering.");
    static final Texts CANNOT_OK = Texts.of(
            "Хорошо, координатор найдёт замену. Спасибо!",
            "All right, the coordinator will find someone else. Thank you!");
    static final Texts INACTIVE = Texts.of("Эта кнопка больше не действует.", "This button is no longer active.");
    static final Texts NOT_YOURS = Texts.of("Извините, это не ваша задача.", "Sorry, this is not your task.");
    static final Texts WITHDRAWN = Texts.of(
            "Просьба № %s больше не требует вашей помощи: %s. Спасибо!",
            "Request No. %s no longer needs your help: %s. Thank you!");
    static final Texts EXPIRED_TO_VOLUNTEER = Texts.of(
            "Предложение по просьбе № %s истекло. Ничего страшного!",
            "The offer of request No. %s has expired. No problem!");
    static final Texts TASKS_PRIVATE_ONLY = Texts.of(
            "Задачи с контактами показываю только в личном чате: напишите мне /tasks лично, пожалуйста.",
            "Tasks carry contacts, so I show them only in a private chat: please send me /tasks privately.");
    static final Texts NO_TASKS = Texts.of("У вас нет открытых задач.", "You have no open tasks.");
    static final Texts TASKS_LIST = Texts.of("Ваши открытые задачи: %d.", "Your open tasks: %d.");
    static final Texts TASKS_DESCRIPTION = Texts.of("мои задачи волонтёра", "my volunteer tasks");

    // told to the coordinator
    static final Texts TOLD_ACCEPTED = Texts.of("%s взял(а) просьбу № %s.", "%s accepted request No. %s.");
    static final Texts TOLD_DECLINED = Texts.of(
            "%s отказался(-ась) от № %s: %s. Выберите, пожалуйста, другого волонтёра на карточке.",
            "%s declined No. %s: %s. Please choose another volunteer on the card.");
    static final Texts TOLD_EXPIRED = Texts.of(
            "%s не ответил(а) на предложение № %s вовремя. Выберите, пожалуйста, другого волонтёра на карточке.",
            "%s did not answer the offer of No. %s in time. Please choose another volunteer on the card.");
    static final Texts TOLD_DONE = Texts.of("%s выполнил(а) просьбу № %s.", "%s has done request No. %s.");
    static final Texts TOLD_CANNOT = Texts.of(
            "%s не может выполнить № %s: %s. Просьба снова у вас: выберите, пожалуйста, другого волонтёра.",
            "%s cannot do No. %s: %s. The request is back with you: please choose another volunteer.");
    static final Texts TOLD_LEFT = Texts.of(
            "%s больше не волонтёр; задача № %s снята. Выберите, пожалуйста, другого волонтёра.",
            "%s is no longer a volunteer; the task of No. %s is withdrawn. Please choose another volunteer.");

    // reasons
    static final Texts NO_REASON = Texts.of("причина не указана", "no reason given");
    static final Texts CLOSED = Texts.of("она закрыта штабом", "the HQ closed it");
    static final Texts RETURNED = Texts.of("штаб вернул её в очередь", "the HQ returned it to the queue");
    static final Texts LEFT = Texts.of("волонтёр вышел из проекта", "the volunteer left");
    static final Map<String, Texts> DECLINE_REASONS = decline();
    static final Map<String, Texts> CANNOT_REASONS = cannot();

    private TaskTexts() {}

    private static Map<String, Texts> decline() {
        Map<String, Texts> reasons = new LinkedHashMap<>();
        reasons.put("busy", Texts.of("занят(а) в это время", "busy at that time"));
        reasons.put("far", Texts.of("слишком далеко", "too far away"));
        reasons.put("skill", Texts.of("не моя задача", "not something I can do"));
        return reasons;
    }

    private static Map<String, Texts> cannot() {
        Map<String, Texts> reasons = new LinkedHashMap<>();
        reasons.put("ill", Texts.of("заболел(а)", "I fell ill"));
        reasons.put("noreach", Texts.of("не удалось связаться", "I could not reach them"));
        reasons.put("time", Texts.of("не успеваю", "I have no time after all"));
        return reasons;
    }
}
