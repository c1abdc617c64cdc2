package org.wearetogether.intake.internal;

import org.wearetogether.dialog.Texts;

/** What the person filing is told when the beneficiary's phone already has an open request. */
final class DuplicateTexts {

    static final Texts FOUND = Texts.of("""
            Похоже, для этого человека уже есть открытая просьба: № %s (тот же номер телефона).%s

            Можно добавить ваши сведения к ней — их увидит координатор, который её ведёт. \
            Или всё равно оставить новую просьбу. Всё, что вы написали, сохранено при любом выборе.""", """
            It looks like this person already has an open request: No. %s (the same phone number).%s

            You can add your details to it; the coordinator handling it will see them. \
            Or you can file a new one anyway. Everything you wrote is kept either way.""");
    static final Texts FOUND_OWN = Texts.of("""
            У вас уже есть открытая просьба для этого номера телефона: № %s.%s

            Можно добавить новые сведения к ней — их увидит координатор, который её ведёт. \
            Или всё равно оставить новую просьбу. Всё, что вы написали, сохранено при любом выборе.""", """
            You already have an open request for this phone number: No. %s.%s

            You can add the new details to it; the coordinator handling it will see them. \
            Or you can file a new one anyway. Everything you wrote is kept either way.""");
    static final Texts ALSO_OPEN = Texts.of(" Также открыты: %s.", " Also open: %s.");
    static final Texts ADD = Texts.of("➕ Добавить мои сведения к № %s", "➕ Add my details to No. %s");
    static final Texts FILE_NEW = Texts.of("📝 Всё равно оставить новую", "📝 File a new one anyway");
    static final Texts ADDED = Texts.of("""
            Спасибо! Ваши сведения добавлены к просьбе № %s — координатор штаба их увидит. \
            Новую просьбу мы не создавали.""", """
            Thank you! Your details have been added to request No. %s; the HQ coordinator will see them. \
            No new request was created.""");
    static final Texts ADDED_FOR_CALLER = Texts.of("""
            Сведения звонящего добавлены к заявке № %s — продиктуйте номер звонящему. \
            Новая заявка не создана.""", """
            The caller's details have been added to request No. %s — please read the number out to the caller. \
            No new request was created.""");
    static final Texts CLOSED_MEANWHILE = Texts.of(
            "Просьба № %s тем временем закрылась, поэтому мы оформили новую.",
            "Request No. %s has closed in the meantime, so we have filed a new one.");

    /** The note in the other request's history: what the new filing said, nothing that names who filed it. */
    static final Texts NOTE_HEADER = Texts.of(
            "Ещё одна просьба для этого же номера телефона (%s):", "Another request for the same phone number (%s):");

    static final Texts FROM_RELATIVE = Texts.of("от родственника или соседа", "from a relative or neighbour");
    static final Texts FROM_THE_PERSON = Texts.of("от самого человека", "from the person themselves");
    static final Texts BY_OPERATOR = Texts.of("через горячую линию", "through the hotline");

    private DuplicateTexts() {}
}
