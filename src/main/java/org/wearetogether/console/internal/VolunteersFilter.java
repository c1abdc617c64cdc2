package org.wearetogether.console.internal;

import java.util.Locale;
import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;
import org.wearetogether.volunteers.VolunteerStatus;

/**
 * The volunteers page's filter as the query string carries it; blank parameters mean "any".
 *
 * @param region the region code (blank: the person's first)
 * @param status {@code pending}, {@code approved}, {@code paused} or {@code declined}
 * @param skill a skill option id
 * @param q a part of the name
 * @param page from 0
 */
public record VolunteersFilter(String region, String status, String skill, String q, int page) {

    public VolunteersFilter {
        region = blankToNull(region);
        status = blankToNull(status);
        skill = blankToNull(skill);
        q = blankToNull(q);
        page = Math.max(0, page);
    }

    Optional<VolunteerStatus> statusValue() {
        if (status == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(VolunteerStatus.valueOf(status.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    VolunteersFilter withRegion(String code) {
        return new VolunteersFilter(code, status, skill, q, page);
    }

    /** The query string of this filter on another page ({@code region=…&page=2}). */
    public String query(int onPage) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        if (region != null) b.queryParam("region", region);
        if (status != null) b.queryParam("status", status);
        if (skill != null) b.queryParam("skill", skill);
        if (q != null) b.queryParam("q", q);
        if (onPage > 0) b.queryParam("page", onPage);
        String query = b.encode().build().getQuery();
        return query == null ? "" : query;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
