package org.wearetogether.volunteers;

import java.time.Instant;
import java.util.List;

/**
 * A volunteer's profile as stored. Skill and availability ids are the option ids of
 * {@code dialogs/volunteer-signup.yaml}, kept as strings so that editing the dialog file never breaks reading.
 *
 * @param userId the person's id in the channel; one profile per person
 * @param chatKey the private chat tasks and announcements go to, e.g. {@code telegram:12345}
 * @param name as given in the sign-up
 * @param age in years, 16 or older
 * @param phone E.164
 * @param regionCode ISO 3166-2:RU code, e.g. {@code RU-MOW}
 * @param district the city or district as typed
 * @param skills option ids, e.g. {@code own_car}, {@code medical}
 * @param availability option ids: {@code weekdays}, {@code weekends}, {@code evenings}
 * @param hoursPerWeek as given
 * @param status where the profile stands
 * @param statusReason the coordinator's reason for a decline (null otherwise)
 * @param language the language to speak to them in
 * @param createdAt when the profile was first stored
 * @param updatedAt last change
 */
public record Volunteer(
        String userId,
        String chatKey,
        String name,
        int age,
        String phone,
        String regionCode,
        String district,
        List<String> skills,
        List<String> availability,
        int hoursPerWeek,
        VolunteerStatus status,
        String statusReason,
        String language,
        Instant createdAt,
        Instant updatedAt) {

    public Volunteer {
        skills = List.copyOf(skills);
        availability = List.copyOf(availability);
    }

    /** Under 18: a parent's consent is needed before the first task. */
    public boolean parentalConsentNeeded() {
        return age < 18;
    }

    /** The first word of the name: all a requester learns of the volunteer who comes. */
    public String firstName() {
        String stripped = name == null ? "" : name.strip();
        return stripped.isEmpty() ? "" : stripped.split("\\s+")[0];
    }

    /** Whether tasks may be offered now: approved and not paused. */
    public boolean available() {
        return status == VolunteerStatus.APPROVED;
    }
}
