package org.wearetogether.broadcasts.internal;

import org.wearetogether.dialog.Texts;

/** What the broadcasts say, in Russian and English. */
final class BroadcastTexts {

    private BroadcastTexts() {}

    static final Texts NOT_ALLOWED = Texts.of(
            "Извините, рассылки доступны только координаторам и администраторам.",
            "Sorry, broadcasts are for coordinators and admins only.");
    static final Texts PRIVATE_ONLY = Texts.of(
            "Пожалуйста, напишите /broadcast мне в личные сообщения.",
            "Please send /broadcast to me in a private chat.");
    static final Texts ASK_POST = Texts.of(
            "Пришлите текст объявления (оформление сохранится) или фото с подписью.",
            "Please send the text of the announcement (formatting is kept) or a photo with a caption.");
    static final Texts TOO_LONG = Texts.of(
            "Текст слишком длинный: до 4096 символов, подпись к фото до 1024. Пришлите, пожалуйста, короче.",
            "The text is too long: up to 4096 characters, a photo caption up to 1024. Please send a shorter one.");
    static final Texts EMPTY = Texts.of(
            "Объявление пустое. Пришлите, пожалуйста, текст или фото.",
            "The announcement is empty. Please send a text or a photo.");
    static final Texts AUDIENCE = Texts.of(
            "Рассылка №%d. Получатели: %s\nРегионы: %s\nНавыки: %s\nСтатус: %s\nСрочная: %s\n\n%s",
            "Broadcast #%d. Recipients: %s\nRegions: %s\nSkills: %s\nStatus: %s\nUrgent: %s\n\n%s");
    static final Texts VOLUNTEERS = Texts.of("волонтёры", "volunteers");
    static final Texts COORDINATORS = Texts.of("координаторы", "coordinators");
    static final Texts ALL_REGIONS = Texts.of("все", "all");
    static final Texts ANY = Texts.of("любые", "any");
    static final Texts NO_REGIONS = Texts.of("не выбраны", "none chosen");
    static final Texts YES = Texts.of("да", "yes");
    static final Texts NO = Texts.of("нет", "no");
    static final Texts ESTIMATE = Texts.of(
            "Получат: %d, займёт около %s (%s сообщений в секунду). Отписавшиеся и заблокировавшие бота пропускаются.",
            "%d will receive it, in about %s (%s messages a second). People who opted out or blocked the bot are"
                    + " skipped.");
    static final Texts NIGHT_NOW = Texts.of(
            "Сейчас ночь (%s–%s) в регионах: %s. Там сообщение придёт утром.",
            "It is night now (%s–%s) in: %s. People there get it in the morning.");
    static final Texts URGENT_IGNORES_NIGHT =
            Texts.of("Срочная рассылка приходит и ночью.", "An urgent broadcast is delivered at night too.");
    static final Texts TYPE_REGIONS = Texts.of(
            "Можно написать регионы через запятую (например: Москва, RU-SPE).",
            "You can type regions separated by commas (e.g. Moscow, RU-SPE).");
    static final Texts UNKNOWN_REGIONS = Texts.of(
            "Не узнал регионы: %s. Напишите, пожалуйста, код (RU-MOW) или название.",
            "I did not recognise: %s. Please type a code (RU-MOW) or a name.");
    static final Texts NOT_YOUR_REGIONS = Texts.of(
            "Вы можете писать только волонтёрам своих регионов: %s.",
            "You can only write to the volunteers of your regions: %s.");
    static final Texts NOBODY = Texts.of(
            "Под этот выбор никто не подходит. Измените, пожалуйста, получателей.",
            "Nobody matches this choice. Please change the recipients.");
    static final Texts CONFIRMED = Texts.of(
            "Рассылка №%d подтверждена. Ход отправки покажу отдельным сообщением.",
            "Broadcast #%d confirmed. I will show its progress in a separate message.");
    static final Texts DISCARDED = Texts.of("Черновик удалён.", "The draft is discarded.");
    static final Texts INACTIVE = Texts.of("Эта кнопка больше не действует.", "This button is no longer active.");
    static final Texts PROGRESS = Texts.of(
            "Рассылка №%d: отправлено %d из %s\nне доставлено: %d · недоступны: %d · отписались: %d\nждут утра: %d ·"
                    + " осталось: %d · %s",
            "Broadcast #%d: sent %d of %s\nfailed: %d · unreachable: %d · opted out: %d\nheld for the night: %d ·"
                    + " remaining: %d · %s");
    static final Texts TIME_LEFT = Texts.of("ещё около %s", "about %s left");
    static final Texts MORNING = Texts.of("остальное утром", "the rest in the morning");
    static final Texts PAUSED = Texts.of("Telegram попросил подождать", "Telegram asked us to wait");
    static final Texts DONE = Texts.of(
            "Рассылка №%d завершена: отправлено %d из %d, не доставлено %d, недоступны %d, отписались %d. Спасибо!",
            "Broadcast #%d is done: sent %d of %d, failed %d, unreachable %d, opted out %d. Thank you!");
    static final Texts CANCELLED = Texts.of(
            "Рассылка №%d отменена: отправлено %d из %d, не отправлено %d.",
            "Broadcast #%d was cancelled: sent %d of %d, %d not sent.");
    static final Texts CANCEL = Texts.of("Отменить рассылку", "Cancel the broadcast");
    static final Texts CANCELLING = Texts.of("Рассылка №%d отменяется.", "Broadcast #%d is being cancelled.");
    static final Texts CANCEL_NOT_ALLOWED = Texts.of(
            "Отменить рассылку может только её автор или администратор.",
            "Only the author or an admin can cancel a broadcast.");
    static final Texts ALREADY_OVER = Texts.of("Рассылка №%d уже закончилась.", "Broadcast #%d is already over.");
    static final Texts HISTORY_EMPTY = Texts.of("Рассылок пока не было.", "There have been no broadcasts yet.");
    static final Texts HISTORY_TITLE = Texts.of("Последние рассылки:", "Recent broadcasts:");
    static final Texts HISTORY_LINE = Texts.of(
            "№%d · %s · %s · %s\nотправлено %d из %d · не доставлено %d · недоступны %d · отписались %d",
            "#%d · %s · %s · %s\nsent %d of %d · failed %d · unreachable %d · opted out %d");
    static final Texts STATE_SENDING = Texts.of("идёт", "sending");
    static final Texts STATE_DONE = Texts.of("завершена", "done");
    static final Texts STATE_CANCELLED = Texts.of("отменена", "cancelled");
    static final Texts STOPPED_NEWS = Texts.of(
            "Хорошо, объявления больше не будут приходить. Вернуть их: /news",
            "All right, you will get no more announcements. To get them again: /news");
    static final Texts NEWS_ON = Texts.of(
            "Спасибо! Объявления снова будут приходить. Отписаться: /stop_news",
            "Thank you! You will get announcements again. To opt out: /stop_news");
    static final Texts MINUTES = Texts.of("%d мин", "%d min");
    static final Texts LESS_THAN_A_MINUTE = Texts.of("меньше минуты", "less than a minute");

    // buttons
    static final Texts B_VOLUNTEERS = Texts.of("Волонтёрам", "Volunteers");
    static final Texts B_COORDINATORS = Texts.of("Координаторам", "Coordinators");
    static final Texts B_ALL_REGIONS = Texts.of("Все регионы", "All regions");
    static final Texts B_URGENT = Texts.of("Срочно", "Urgent");
    static final Texts B_CONFIRM = Texts.of("Отправить", "Send");
    static final Texts B_DISCARD = Texts.of("Отмена", "Cancel");

    static Texts skill(String id) {
        return switch (id) {
            case "own_car" -> Texts.of("Своя машина", "Own car");
            case "medical" -> Texts.of("Медицина", "Medical");
            case "psychological" -> Texts.of("Психология", "Psychology");
            case "languages" -> Texts.of("Языки", "Languages");
            case "sign_language" -> Texts.of("Жестовый язык", "Sign language");
            default -> Texts.of("Другое", "Other");
        };
    }

    static Texts status(org.wearetogether.volunteers.VolunteerStatus status) {
        return switch (status) {
            case APPROVED -> Texts.of("Одобренные", "Approved");
            case PAUSED -> Texts.of("На паузе", "Paused");
            case PENDING -> Texts.of("Ждут одобрения", "Pending");
            case DECLINED -> Texts.of("Отклонённые", "Declined");
        };
    }

    static String duration(java.time.Duration d, String language) {
        long minutes = (d.getSeconds() + 59) / 60;
        return d.getSeconds() < 60
                ? LESS_THAN_A_MINUTE.in(language)
                : MINUTES.in(language).formatted(minutes);
    }
}
