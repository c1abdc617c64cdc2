package org.wearetogether.intake.internal;

import org.wearetogether.dialog.Texts;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;

/** The labels of the requests part of {@code /mydata}. */
final class Labels {

    private Labels() {}

    static final Texts NUMBER = Texts.of("Номер", "Number");
    static final Texts STATUS = Texts.of("Статус", "Status");
    static final Texts REASON = Texts.of("Причина", "Reason");
    static final Texts CREATED = Texts.of("Оставлена", "Filed");
    static final Texts UPDATED = Texts.of("Последнее изменение", "Last change");
    static final Texts REGION = Texts.of("Регион", "Region");
    static final Texts FOR_WHOM = Texts.of("Для кого", "For whom");
    static final Texts YOUR_NAME = Texts.of("Ваше имя", "Your name");
    static final Texts YOUR_PHONE = Texts.of("Ваш телефон", "Your phone");
    static final Texts BENEFICIARY = Texts.of("Кому нужна помощь", "Who needs help");
    static final Texts BENEFICIARY_PHONE = Texts.of("Телефон того, кому нужна помощь", "Their phone");
    static final Texts AGE_GROUP = Texts.of("Возрастная группа", "Age group");
    static final Texts ADDRESS = Texts.of("Адрес", "Address");
    static final Texts NEEDS = Texts.of("Что нужно", "Needs");
    static final Texts URGENCY = Texts.of("Срочность", "Urgency");
    static final Texts DETAILS = Texts.of("Подробности", "Details");
    static final Texts CODE_WORD = Texts.of("Кодовое слово", "Code word");
    static final Texts CONSENT = Texts.of("Согласие на обработку данных", "Consent to data processing");
    static final Texts CONSENT_SHOWN = Texts.of("версия %s, дано %s", "version %s, given %s");
    static final Texts VERBAL = Texts.of("(устно, по телефону)", "(spoken, on the phone)");
    static final Texts HOLDER = Texts.of("Кто ведёт заявку", "Handled by");
    static final Texts RATING = Texts.of("Ваша оценка", "Your rating");
    static final Texts HISTORY = Texts.of("История", "History");
    static final Texts MESSAGES = Texts.of("Переписка со штабом", "Messages with the HQ");
    static final Texts YOU_WROTE = Texts.of("вы", "you");
    static final Texts HQ_WROTE = Texts.of("штаб", "the HQ");
    static final Texts ANSWERS = Texts.of("Ответы анкеты", "Form answers");
    static final Texts ERASED = Texts.of("Личные данные удалены", "Personal data erased");

    static String forWhom(HelpRequest.ForWhom forWhom, String language) {
        return switch (forWhom) {
            case ME -> Texts.of("для себя", "for yourself").in(language);
            case RELATIVE ->
                Texts.of("для родственника или соседа", "for a relative or neighbour")
                        .in(language);
        };
    }

    static String role(Actor.Role role, String language) {
        return switch (role) {
            case REQUESTER -> Texts.of("вы", "you").in(language);
            case COORDINATOR -> Texts.of("координатор", "coordinator").in(language);
            case ADMIN -> Texts.of("администратор", "admin").in(language);
            case OPERATOR ->
                Texts.of("оператор горячей линии", "hotline operator").in(language);
            case CRM -> Texts.of("система штаба", "the HQ's system").in(language);
            case SYSTEM -> Texts.of("бот", "the bot").in(language);
            case VOLUNTEER -> Texts.of("волонтёр", "volunteer").in(language);
        };
    }
}
