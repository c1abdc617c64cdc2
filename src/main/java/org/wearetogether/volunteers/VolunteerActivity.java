package org.wearetogether.volunteers;

/**
 * Notes that a volunteer did something (answered a task, for example), for the console's "last activity". Cheap to
 * call on every action: the store is written at most once an hour per volunteer.
 */
public interface VolunteerActivity {

    /** The volunteer with this user id is active now; nothing happens for someone who has no profile. */
    void noted(String userId);
}
