package org.wearetogether.console.internal;

import java.time.Instant;

/** The pages' way of writing a moment ({@code ${times.when(b.createdAt)}}): {@code 2026-12-08 10:00 UTC}. */
public final class ConsoleTimes {

    static final ConsoleTimes INSTANCE = new ConsoleTimes();

    private ConsoleTimes() {}

    public String when(Instant at) {
        return VolunteersQuery.when(at);
    }
}
