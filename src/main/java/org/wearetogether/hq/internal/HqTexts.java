package org.wearetogether.hq.internal;

import org.wearetogether.dialog.Texts;

/** What the HQ features say, in every language. */
final class HqTexts {

    // cards
    static final Texts CARD_TITLE = Texts.of("Просьба № %s", "Request No. %s");
    static final Texts UNROUTED = Texts.of("⚠️ В регионе нет чата штаба", "⚠️ The region has no HQ chat");
    static final Texts STILL_WAITING =
            Texts.of("⏰ Всё ещё ждёт, кто возьмёт:", "⏰ Still waiting for someone to take it:");
    static final Texts ESCALATED = Texts.of("🚨 Никто не взял за %s:", "🚨 Nobody has taken it for %s:");
    static final Texts STATUS = Texts.of("Статус", "Status");
    static final Texts HOLDER = Texts.of("Взял(а)", "Taken by");
    static final Texts NEEDS = Texts.of("Нужно", "Needs");
    // The safety flag of a request: why the requester was told to call 112, never what they wrote.
    static final Texts SAFETY = Texts.of("⚠️ Безопасность", "⚠️ Safety");
    /** A request filed anyway although its phone had an open one: only that one's number, never its contents. */
    static final Texts SAME_PERSON =
            Texts.of("🔁 Возможно, тот же человек, что в № %s", "🔁 Possibly the same person as No. %s");

    static final Texts SAFETY_DANGER_WORDS = Texts.of(
            "в ответах есть слова об опасности; спросите, не нужна ли скорая (103) или 112",
            "danger words seen in the answers; ask whether an ambulance (103) or 112 is needed");
    static final Texts SAFETY_MEDICAL_TODAY = Texts.of(
            "медицинская помощь, сегодня; спросите, не нужна ли скорая (103) или 112",
            "medical, today; ask whether an ambulance (103) or 112 is needed");
    static final Texts URGENCY = Texts.of("Срочность", "Urgency");
    static final Texts REGION = Texts.of("Регион", "Region");
    static final Texts AGE_GROUP = Texts.of("Возраст", "Age group");
    static final Texts CLEANED =
            Texts.of("Просьба № %s — %s. Подробности удалены.", "Request No. %s — %s. Details removed.");
    static final Texts ENDED_ERASED = Texts.of("закрыта", "closed");
    static final Texts TAKE = Texts.of("✋ Взять", "✋ Take");
    static final Texts IN_PROGRESS = Texts.of("▶️ В работе", "▶️ In progress");
    static final Texts DONE = Texts.of("✅ Выполнено", "✅ Done");
    static final Texts CANNOT = Texts.of("❌ Не выполнить", "❌ Cannot fulfil");
    static final Texts RETURN = Texts.of("↩️ Вернуть в очередь", "↩️ Return to queue");
    static final Texts CONTACTS = Texts.of("📞 Контакты", "📞 Show contacts");
    static final Texts ASSIGN = Texts.of("🙋 Назначить волонтёра", "🙋 Assign volunteer");
    static final Texts VOLUNTEER_LINE = Texts.of("Волонтёр", "Volunteer");
    static final Texts WHY = Texts.of("Почему не получится выполнить № %s?", "Why can No. %s not be fulfilled?");

    // answers to presses
    static final Texts ONLY_COORDINATORS = Texts.of(
            "Извините, действовать по этой просьбе могут только координаторы её региона.",
            "Sorry, only coordinators of this request's region can act on it.");
    static final Texts INACTIVE = Texts.of("Эта кнопка больше не действует.", "This button is no longer active.");
    static final Texts TAKEN = Texts.of("Вы взяли № %s.", "You took No. %s.");
    static final Texts HELD_BY = Texts.of("Уже взял(а) %s.", "Already taken by %s.");
    static final Texts NOT_NOW = Texts.of("Сейчас так нельзя: статус «%s».", "Not possible now: the status is \"%s\".");
    static final Texts CHANGED = Texts.of("Готово: %s.", "Done: %s.");
    static final Texts CONTACTS_SENT =
            Texts.of("Контакты отправлены вам в личные сообщения.", "Contacts sent to you in a private message.");
    static final Texts CONTACTS_ONLY_HOLDER = Texts.of(
            "Контакты видит только тот, кто взял просьбу.", "Only the coordinator who took the request sees contacts.");
    static final Texts CONTACTS_TEXT = Texts.of(
            "Контакты по просьбе № %s:\nКому: %s, тел. %s\nАдрес: %s\nКто просил: %s, тел. %s\nПодробности: %s",
            "Contacts for request No. %s:\nFor: %s, phone %s\nAddress: %s\nAsked by: %s, phone %s\nDetails: %s");
    static final Texts VOICE_BELOW = Texts.of(" (пришлю следующим сообщением)", " (sent in the next message)");
    static final Texts VOICE_CAPTION =
            Texts.of("🎤 Голосовое сообщение по просьбе № %s (%s)", "🎤 Voice message for request No. %s (%s)");
    static final Texts VOICE_REFUSED = Texts.of(
            "Не получилось отправить голосовое сообщение по просьбе № %s: Telegram его больше не отдаёт."
                    + " Пожалуйста, позвоните тому, кто просил, и расспросите.",
            "The voice message for request No. %s could not be sent: Telegram no longer has it."
                    + " Please call the person who asked and hear it from them.");
    static final Texts ASSIGN_SENT = Texts.of(
            "Список волонтёров отправлен вам в личные сообщения.",
            "The list of volunteers is in your private messages.");
    static final Texts ASSIGN_ONLY_HOLDER = Texts.of(
            "Назначить волонтёра может только тот, кто взял просьбу.",
            "Only the coordinator who took the request can assign a volunteer.");
    static final Texts CONTACTS_FAILED = Texts.of(
            "Не могу написать вам лично: начните чат с ботом и нажмите снова.",
            "I cannot write to you privately: start a chat with the bot and press again.");
    static final Texts REMIND_HOLDER = Texts.of(
            "Напоминание: по просьбе № %s нет изменений уже %s. Отметьте, пожалуйста, как идут дела.",
            "Reminder: request No. %s has had no progress for %s. Please mark how it is going.");

    // /hq
    static final Texts HQ_USAGE = Texts.of(
            "Напишите в группе штаба: /hq RU-MOW (код региона), /hq ALL (федеральный чат) или /hq off.",
            "Send in the HQ group: /hq RU-MOW (region code), /hq ALL (federal chat) or /hq off.");
    static final Texts HQ_GROUPS_ONLY =
            Texts.of("Эта команда работает только в группе штаба.", "This command works only in an HQ group.");
    static final Texts HQ_NOT_ALLOWED = Texts.of(
            "Извините, привязать чат может администратор или координатор этого региона.",
            "Sorry, only an admin or a coordinator of this region can bind the chat.");
    static final Texts HQ_BOUND = Texts.of(
            "Готово: это чат штаба региона %s. Сюда будут приходить просьбы.",
            "Done: this is now the HQ chat of %s. Requests will come here.");
    static final Texts HQ_FEDERAL = Texts.of(
            "Готово: это федеральный чат. Сюда придут просьбы без штаба и просроченные.",
            "Done: this is the federal chat. Unrouted and overdue requests will come here.");
    static final Texts HQ_OFF =
            Texts.of("Готово: чат больше не получает просьбы.", "Done: this chat gets no more requests.");
    static final Texts HQ_NOT_BOUND = Texts.of("Этот чат и так не привязан.", "This chat is not bound anyway.");
    static final Texts HQ_REBOUND = Texts.of(
            "Раньше это был чат %s; теперь он получает другие просьбы.",
            "It was the chat of %s before; it now gets other requests.");
    static final Texts HQ_REBIND_ADMINS_ONLY = Texts.of(
            "Извините, этот чат уже работает как чат %s. Перепривязать его может только администратор.",
            "Sorry, this chat already serves as the chat of %s. Only an admin can re-bind it.");
    static final Texts HQ_BACK = Texts.of(
            "Снова на связи: открытые просьбы региона, которых здесь нет, придут сюда.",
            "Back again: the region's open requests missing here will be posted here.");
    static final Texts FEDERAL_NAME = Texts.of("всей страны (федеральный)", "the whole country (federal)");

    // to the admins
    static final Texts CHAT_LOST = Texts.of(
            "⚠️ Чат штаба %s (%s) недоступен: бота удалили или запретили ему писать. Ждут, кто возьмёт: %d. %s",
            "⚠️ The HQ chat of %s (%s) is lost: the bot was removed or may not post there. Waiting to be taken: %d. %s");
    static final Texts FALLBACK_FEDERAL = Texts.of(
            "Новые просьбы пока идут в федеральный чат. Верните бота в группу или привяжите другой чат: /hq.",
            "New requests go to the federal chat meanwhile. Add the bot back or bind another chat with /hq.");
    static final Texts FALLBACK_NONE = Texts.of(
            "Федерального чата нет: новые просьбы никто не увидит. Верните бота или привяжите чат: /hq.",
            "There is no federal chat: nobody will see new requests. Add the bot back or bind a chat with /hq.");
    static final Texts CHAT_BACK = Texts.of(
            "✅ Чат штаба %s (%s) снова работает. Ждут, кто возьмёт: %d; открытые просьбы отправлены туда.",
            "✅ The HQ chat of %s (%s) works again. Waiting to be taken: %d; the open requests are posted there.");
    static final Texts CHAT_MOVED = Texts.of(
            "ℹ️ Чат штаба %s стал супергруппой (%s → %s); привязка перенесена. Ждут, кто возьмёт: %d.",
            "ℹ️ The HQ chat of %s became a supergroup (%s → %s); the binding moved with it. Waiting to be taken: %d.");
    static final Texts NOWHERE_TO_GO = Texts.of(
            "🚨 %d просьб из региона %s некуда отправить: нет ни чата штаба, ни федерального чата. "
                    + "Привяжите группу: /hq RU-XXX или /hq ALL. Напомню через час.",
            "🚨 %d requests from %s have nowhere to go: there is neither an HQ chat nor a federal chat. "
                    + "Bind a group: /hq RU-XXX or /hq ALL. I will remind you in an hour.");
    static final Texts HOLDS_RETURNED = Texts.of(
            "Просьбы, которые держал(а) %2$s, возвращены в очередь (%1$d): %3$s.",
            "The requests %2$s held went back to the queue (%1$d): %3$s.");
    static final Texts COORDINATOR_REMOVED =
            Texts.of("координатор больше не работает в регионе", "the coordinator no longer works in the region");

    // the requester
    static final Texts ACCEPTED = Texts.of(
            "Вашу просьбу № %s принял штаб. Координатор свяжется с вами, чтобы договориться о деталях.",
            "Your request No. %s has been accepted by the HQ. A coordinator will contact you to agree the details.");
    static final Texts VOLUNTEER =
            Texts.of("К вашей просьбе № %s назначен волонтёр%s.", "A volunteer is assigned to your request No. %s%s.");
    static final Texts STARTED = Texts.of("Ваша просьба № %s в работе.", "Your request No. %s is in progress.");
    static final Texts FULFILLED = Texts.of(
            "Ваша просьба № %s выполнена. Оцените, пожалуйста, помощь от 1 до 5:",
            "Your request No. %s is done. Please rate the help from 1 to 5:");
    static final Texts NOT_FULFILLED = Texts.of(
            "К сожалению, вашу просьбу № %s выполнить не удалось: %s. Позвоните, пожалуйста, на горячую линию %s.",
            "Unfortunately, your request No. %s could not be fulfilled: %s. Please call the hotline %s.");
    static final Texts BACK_IN_QUEUE = Texts.of(
            "Ваша просьба № %s снова в очереди: её возьмёт другой координатор.",
            "Your request No. %s is back in the queue: another coordinator will take it.");
    static final Texts CANCELLED = Texts.of("Ваша просьба № %s отменена.", "Your request No. %s is cancelled.");
    static final Texts CLOSED_STALE = Texts.of(
            "По вашей просьбе № %s давно не было новостей, поэтому мы её закрыли. Если помощь всё ещё нужна, "
                    + "пожалуйста, отправьте новую просьбу (/start) или позвоните на горячую линию %s. Спасибо за "
                    + "терпение.",
            "There has been no news on your request No. %s for a long time, so we have closed it. If help is still "
                    + "needed, please send a new request (/start) or call the hotline %s. Thank you for your "
                    + "patience.");
    static final Texts RATED = Texts.of(
            "Спасибо! Ваша оценка: %d из 5. Если хотите, напишите отзыв следующим сообщением.",
            "Thank you! Your rating: %d of 5. If you like, write a comment in your next message.");
    static final Texts COMMENT_SAVED = Texts.of("Спасибо, ваш отзыв сохранён.", "Thank you, your comment is saved.");
    static final Texts NO_REASON = Texts.of("причина не указана", "no reason given");

    // notes relayed between the requester and the HQ (the requester's name or account is never shown either way)
    static final Texts NOTE_FROM_REQUESTER = Texts.of(
            "✉️ Просьба № %s: заявитель пишет штабу:\n\n%s",
            "✉️ Request No. %s: the requester writes to the HQ:\n\n%s");
    static final Texts NOTE_DETAILS_ADDED = Texts.of(
            "📎 Просьба № %s: человек, который обратился за того же подопечного, добавил:\n\n%s",
            "📎 Request No. %s: someone filing for the same person added:\n\n%s");
    static final Texts NOTE_FROM_HQ =
            Texts.of("✉️ Штаб пишет о вашей просьбе № %s:\n\n%s", "✉️ The HQ writes about your request No. %s:\n\n%s");
    static final Texts NOTE_REPLY = Texts.of("↩️ Ответить", "↩️ Reply");
    static final Texts REPLY_PROMPT = Texts.of(
            "Напишите ответ заявителю по просьбе № %s одним сообщением. Ваше имя и аккаунт заявитель не увидит: ответ"
                    + " придёт от «штаба». Ждём ответ 15 минут.",
            "Write your answer to the requester of request No. %s in one message. The requester will not see your"
                    + " name or account: it comes from \"the HQ\". Waiting 15 minutes for it.");
    static final Texts REPLY_PROMPT_GROUP = Texts.of(
            "%s, ответьте на это сообщение (свайп или «Ответить») текстом для заявителя по просьбе № %s. Берём только"
                    + " ваш ответ; заявитель не увидит ни ваше имя, ни аккаунт. Ждём 15 минут.",
            "%s, reply to this message (swipe or \"Reply\") with your answer to the requester of request No. %s. Only"
                    + " your reply is taken; the requester will see neither your name nor your account. Waiting 15"
                    + " minutes.");
    static final Texts REPLY_SENT = Texts.of(
            "✅ Ответ по просьбе № %s передан заявителю.",
            "✅ Your answer about request No. %s is passed to the requester.");
    static final Texts REPLY_CANCEL = Texts.of("Отмена", "Cancel");
    static final Texts REPLY_CANCELLED = Texts.of("Ответ не отправлен.", "The answer was not sent.");
    static final Texts REPLY_CLOSED = Texts.of(
            "Просьба № %s уже закрыта, сообщения по ней больше не передаются.",
            "Request No. %s is closed; messages about it are no longer passed on.");
    static final Texts REPLY_TIMED_OUT = Texts.of(
            "Время на ответ по просьбе № %s вышло, текст не отправлен. Нажмите «↩️ Ответить» ещё раз.",
            "The time to answer about request No. %s ran out; the text was not sent. Press \"↩️ Reply\" again.");
    static final Texts REPLY_ONLY_STAFF = Texts.of(
            "Отвечать заявителю могут только координаторы региона этой просьбы.",
            "Only coordinators of the request's region may answer the requester.");

    private HqTexts() {}
}
