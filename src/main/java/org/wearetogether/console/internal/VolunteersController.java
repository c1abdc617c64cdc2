package org.wearetogether.console.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.wearetogether.broadcasts.BroadcastDesk;
import org.wearetogether.volunteers.VolunteerDesk;

/**
 * The volunteers page ({@code /console/volunteers}): a region's volunteers with filters and paging, and Approve,
 * Decline (with a reason), Pause and Resume. A change answers the table again with the chat's words above it (htmx
 * swaps it in; without JavaScript the whole page comes back). Operators and coordinators of other regions get 403.
 */
@Controller
class VolunteersController {

    static final String PATH = "/console/volunteers";
    private static final List<String> ACTIONS = List.of("approve", "decline", "pause", "resume");

    private final VolunteersQuery query;
    private final BroadcastDesk broadcasts;

    VolunteersController(VolunteersQuery query, BroadcastDesk broadcasts) {
        this.query = query;
        this.broadcasts = broadcasts;
    }

    @GetMapping(PATH)
    String page(@RequestAttribute(ConsoleGate.STAFF) Staff staff, VolunteersFilter filter, Model model) {
        fill(staff, filter, model, null, false);
        return "console/volunteers";
    }

    @PostMapping(PATH + "/{userId}/{action}")
    String act(
            @RequestAttribute(ConsoleGate.STAFF) Staff staff,
            @PathVariable String userId,
            @PathVariable String action,
            @RequestParam(required = false, defaultValue = "0") int round,
            @RequestParam(required = false) String reason,
            VolunteersFilter filter,
            HttpServletRequest request,
            Model model) {
        if (!ACTIONS.contains(action) || !VolunteersQuery.mayList(staff)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (filter.region() != null && !VolunteersQuery.mayList(staff, filter.region())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        VolunteerDesk.Outcome outcome = query.act(staff, action, userId, round, reason);
        if (outcome.result() == VolunteerDesk.Result.NOT_ALLOWED) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        fill(staff, filter, model, outcome, true);
        return request.getHeader("HX-Request") != null ? "console/volunteers :: list" : "console/volunteers";
    }

    private void fill(Staff staff, VolunteersFilter filter, Model model, VolunteerDesk.Outcome outcome, boolean after) {
        if (!VolunteersQuery.mayList(staff)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Optional<String> region = query.region(staff, filter.region());
        if (region.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (!VolunteersQuery.mayList(staff, region.get())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        VolunteersFilter shown = filter.withRegion(region.get());
        VolunteersQuery.Listing listing;
        try {
            listing = query.list(staff, region.get(), shown);
        } catch (VolunteerDesk.NotAllowed e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("page", "volunteers");
        model.addAttribute("filter", shown);
        model.addAttribute("listing", listing);
        model.addAttribute("regionChoices", query.regionChoices(staff));
        model.addAttribute("skillChoices", skills(staff));
        model.addAttribute("outcome", outcome);
        model.addAttribute("afterAction", after);
    }

    private List<BroadcastDesk.Option> skills(Staff staff) {
        try {
            return broadcasts.choices(staff.userId(), staff.language()).skills();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** Binds the query string (and the action forms' hidden fields) to a {@link VolunteersFilter}. */
    @ModelAttribute
    VolunteersFilter filter(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String skill,
            @RequestParam(required = false) String q,
            @RequestParam(required = false, defaultValue = "0") String page) {
        int p;
        try {
            p = Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            p = 0;
        }
        return new VolunteersFilter(region, status, skill, q, p);
    }
}
