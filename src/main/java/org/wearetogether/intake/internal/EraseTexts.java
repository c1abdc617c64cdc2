package org.wearetogether.intake.internal;

import org.wearetogether.dialog.Texts;

/** What {@code /erase} says to an admin, in every language. */
final class EraseTexts {

    private EraseTexts() {}

    static final Texts DESCRIPTION =
            Texts.of("Стереть личные данные заявки (для админов)", "Erase a request's personal data (admins)");
    static final Texts NOT_ADMIN = Texts.of(
            "Извините, эта команда доступна только администраторам.", "Sorry, this command is only for admins.");
    static final Texts NOT_PRIVATE = Texts.of(
            "Пожалуйста, отправьте эту команду в личном чате с ботом.",
            "Please send this command in your private chat with the bot.");
    static final Texts USAGE = Texts.of(
            "Напишите номер заявки, например: /erase MOW-000123",
            "Please add the request's number, for example: /erase MOW-000123");
    static final Texts UNKNOWN = Texts.of(
            "Заявки № %s нет. Проверьте, пожалуйста, номер.", "There is no request No. %s. Please check the number.");
    static final Texts ALREADY = Texts.of(
            "Личные данные заявки № %s уже стёрты. Ничего не изменилось.",
            "The personal data of request No. %s is already erased. Nothing was changed.");
    static final Texts CONFIRM = Texts.of(
            "Стереть личные данные заявки № %s (%s, статус %s)? Имена, телефоны, адрес, подробности и комментарии"
                    + " будут удалены; останутся номер, регион, что было нужно и даты. Это нельзя отменить.",
            "Erase the personal data of request No. %s (%s, status %s)? Names, phones, address, details and comments"
                    + " will be deleted; the number, region, what was needed and the dates stay. This cannot be"
                    + " undone.");
    static final Texts BY_OPERATOR = Texts.of("принята оператором", "filed by an operator");
    static final Texts BY_PERSON = Texts.of("оставлена в боте", "filed in the bot");
    static final Texts WILL_CANCEL = Texts.of(
            "Заявка открыта: сначала она будет отменена, штаб и CRM узнают об этом.",
            "The request is open: it will be cancelled first, and the HQ and CRM will be told.");
    static final Texts YES = Texts.of("Да, стереть", "Yes, erase");
    static final Texts NO = Texts.of("Нет, оставить", "No, keep it");
    static final Texts KEPT =
            Texts.of("Хорошо, данные заявки № %s не тронуты.", "All right, request No. %s was not changed.");
    static final Texts DONE = Texts.of(
            "Готово: личные данные заявки № %s стёрты. Карточки, сообщения волонтёрам и CRM будут очищены.",
            "Done: the personal data of request No. %s is erased. Cards, volunteers' messages and CRMs will be"
                    + " cleaned.");
    static final Texts DONE_CANCELLED = Texts.of(
            "Готово: заявка № %s отменена, её личные данные стёрты. Карточки, сообщения волонтёрам и CRM будут"
                    + " очищены.",
            "Done: request No. %s is cancelled and its personal data erased. Cards, volunteers' messages and CRMs"
                    + " will be cleaned.");
    static final Texts INACTIVE = Texts.of("Эта кнопка уже не действует", "This button is no longer active");
}
