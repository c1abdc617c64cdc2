package org.wearetogether.volunteers.internal;

import java.util.List;
import java.util.Optional;
import org.wearetogether.chat.DataExport;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Texts;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.Volunteers;

/**
 * The volunteer profile part of {@code /mydata}: everything the sign-up stored and where the profile stands. Read by
 * the person's user id, the collection's {@code _id}.
 */
@org.springframework.stereotype.Component
final class VolunteerDataExport implements DataExport {

    private static final Texts TITLE = Texts.of("Ваш профиль волонтёра", "Your volunteer profile");
    private static final Texts NAME = Texts.of("Имя", "Name");
    private static final Texts AGE = Texts.of("Возраст", "Age");
    private static final Texts PHONE = Texts.of("Телефон", "Phone");
    private static final Texts REGION = Texts.of("Регион", "Region");
    private static final Texts DISTRICT = Texts.of("Город или район", "Town or district");
    private static final Texts SKILLS = Texts.of("Чем можете помочь", "Skills");
    private static final Texts AVAILABILITY = Texts.of("Когда удобно", "Availability");
    private static final Texts HOURS = Texts.of("Часов в неделю", "Hours per week");
    private static final Texts STATUS = Texts.of("Статус", "Status");
    private static final Texts REASON = Texts.of("Причина отказа", "Reason of the decline");
    private static final Texts LANGUAGE = Texts.of("Язык", "Language");
    private static final Texts CREATED = Texts.of("Записались", "Signed up");
    private static final Texts UPDATED = Texts.of("Последнее изменение", "Last change");

    private final Volunteers volunteers;
    private final OptionNames options;
    /** A region's name in a language, from its code. */
    private final java.util.function.BinaryOperator<String> regionName;

    @org.springframework.beans.factory.annotation.Autowired
    VolunteerDataExport(
            Volunteers volunteers,
            org.springframework.beans.factory.ObjectProvider<org.wearetogether.datafiles.DialogFolder> dialogFolder,
            @org.springframework.beans.factory.annotation.Value("${together.dialogs.folder:./dialogs}")
                    java.nio.file.Path folder,
            org.wearetogether.regions.RegionCatalogue regions) {
        this(
                volunteers,
                OptionNames.from(
                        dialogFolder.getIfAvailable(() -> new org.wearetogether.datafiles.DialogFolder(folder))),
                (code, language) ->
                        regions.byCode(code).map(r -> r.name(language)).orElse(code));
    }

    VolunteerDataExport(Volunteers volunteers, OptionNames options) {
        this(volunteers, options, (code, language) -> code);
    }

    VolunteerDataExport(
            Volunteers volunteers, OptionNames options, java.util.function.BinaryOperator<String> regionName) {
        this.regionName = regionName;
        this.volunteers = volunteers;
        this.options = options;
    }

    @Override
    public Optional<Section> export(Person person, String language) {
        return volunteers.byUserId(person.userId()).map(v -> section(v, language));
    }

    private Section section(Volunteer v, String language) {
        var b = new DataExport.Builder(null)
                .add("name", NAME.in(language), v.name())
                .add("age", AGE.in(language), v.age())
                .add("phone", PHONE.in(language), v.phone())
                .add("region", REGION.in(language), v.regionCode(), regionName.apply(v.regionCode(), language))
                .add("district", DISTRICT.in(language), v.district())
                .add("skills", SKILLS.in(language), v.skills(), names("skills", v.skills(), language))
                .add(
                        "availability",
                        AVAILABILITY.in(language),
                        v.availability(),
                        names("availability", v.availability(), language))
                .add("hoursPerWeek", HOURS.in(language), v.hoursPerWeek())
                .add(
                        "status",
                        STATUS.in(language),
                        v.status() == null ? null : v.status().name(),
                        status(v, language))
                .add("statusReason", REASON.in(language), v.statusReason())
                .add("language", LANGUAGE.in(language), v.language())
                .add("createdAt", CREATED.in(language), DataExport.json(v.createdAt()), DataExport.shown(v.createdAt()))
                .add(
                        "updatedAt",
                        UPDATED.in(language),
                        DataExport.json(v.updatedAt()),
                        DataExport.shown(v.updatedAt()));
        return new Section("volunteer", TITLE.in(language), List.of(b.entry()), b.json());
    }

    private String names(String step, List<String> ids, String language) {
        return String.join(
                ", ", ids.stream().map(id -> options.name(step, id, language)).toList());
    }

    private static String status(Volunteer v, String language) {
        if (v.status() == null) {
            return null;
        }
        return switch (v.status()) {
            case PENDING -> VolunteerTexts.STATUS_PENDING.in(language);
            case APPROVED -> VolunteerTexts.STATUS_APPROVED.in(language);
            case PAUSED -> VolunteerTexts.STATUS_PAUSED.in(language);
            case DECLINED -> VolunteerTexts.STATUS_DECLINED.in(language);
        };
    }
}
