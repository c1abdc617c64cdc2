package org.wearetogether.volunteers;

/**
 * The words for a profile's skill and availability ids, from {@code volunteer-signup.yaml} (the dialog's own option
 * labels), for pages that list volunteers. An unknown id is answered as it is.
 */
@FunctionalInterface
public interface VolunteerOptions {

    /**
     * @param step {@code skills} or {@code availability}
     * @param id the option id, e.g. {@code own_car}
     * @param language {@code ru} or {@code en}
     */
    String name(String step, String id, String language);
}
