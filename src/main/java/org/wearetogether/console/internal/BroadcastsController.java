package org.wearetogether.console.internal;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.wearetogether.broadcasts.BroadcastDesk;
import org.wearetogether.volunteers.VolunteerStatus;

/**
 * The broadcasts page ({@code /console/broadcasts}): the history with delivery reports (it refreshes itself while one
 * is sending), a report's detail with Cancel, and the compose form whose estimate (count, time, quiet hours) htmx
 * fetches on every change. Everything goes through {@link BroadcastDesk}, the same code as {@code /broadcast}: the
 * same choices, the same permission rules (operators get 403), the same start.
 */
@Controller
class BroadcastsController {

    static final String PATH = "/console/broadcasts";
    static final int HISTORY = 30;

    private final BroadcastDesk desk;

    BroadcastsController(BroadcastDesk desk) {
        this.desk = desk;
    }

    @GetMapping(PATH)
    String page(@RequestAttribute(ConsoleGate.STAFF) Staff staff, Model model) {
        BroadcastDesk.Choices choices = choices(staff);
        model.addAttribute("page", "broadcasts");
        model.addAttribute("choices", choices);
        model.addAttribute("history", desk.history(staff.userId(), HISTORY));
        model.addAttribute("requestId", UUID.randomUUID().toString());
        model.addAttribute("estimate", estimate(staff, choices.defaults()));
        return "console/broadcasts";
    }

    @GetMapping(PATH + "/history")
    String history(@RequestAttribute(ConsoleGate.STAFF) Staff staff, Model model) {
        choices(staff);
        model.addAttribute("history", desk.history(staff.userId(), HISTORY));
        return "console/broadcasts :: history";
    }

    @GetMapping(PATH + "/estimate")
    String estimate(
            @RequestAttribute(ConsoleGate.STAFF) Staff staff,
            @RequestParam(required = false, defaultValue = "volunteers") String audience,
            @RequestParam(required = false) List<String> regions,
            @RequestParam(required = false) List<String> skills,
            @RequestParam(required = false) List<String> statuses,
            @RequestParam(required = false, defaultValue = "false") boolean urgent,
            Model model) {
        choices(staff);
        BroadcastDesk.Estimate estimate;
        try {
            estimate = estimate(staff, choice(audience, regions, skills, statuses, urgent));
        } catch (IllegalArgumentException e) {
            estimate = null;
        }
        model.addAttribute("estimate", estimate);
        return "console/broadcasts :: estimate";
    }

    @PostMapping(PATH)
    String start(
            @RequestAttribute(ConsoleGate.STAFF) Staff staff,
            @RequestParam(required = false, defaultValue = "volunteers") String audience,
            @RequestParam(required = false) List<String> regions,
            @RequestParam(required = false) List<String> skills,
            @RequestParam(required = false) List<String> statuses,
            @RequestParam(required = false, defaultValue = "false") boolean urgent,
            @RequestParam(required = false, defaultValue = "") String text,
            @RequestParam(required = false) String requestId,
            Model model) {
        choices(staff);
        BroadcastDesk.Choice choice;
        try {
            choice = choice(audience, regions, skills, statuses, urgent);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        BroadcastDesk.Started started =
                desk.start(VolunteersQuery.person(staff), staff.language(), choice, text, requestId);
        switch (started.result()) {
            case NOT_ALLOWED, NOT_YOUR_REGIONS -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            case STARTED, ALREADY_STARTED -> {
                return "redirect:" + PATH + "/" + started.id() + "?started=true";
            }
            default -> {
                model.addAttribute("message", started.message());
                model.addAttribute("text", text);
                return page(staff, model);
            }
        }
    }

    @GetMapping(PATH + "/{id}")
    String report(
            @RequestAttribute(ConsoleGate.STAFF) Staff staff,
            @PathVariable long id,
            @RequestParam(required = false, defaultValue = "false") boolean started,
            Model model) {
        fillReport(staff, id, model);
        model.addAttribute("justStarted", started);
        return "console/broadcast";
    }

    @GetMapping(PATH + "/{id}/report")
    String reportPart(@RequestAttribute(ConsoleGate.STAFF) Staff staff, @PathVariable long id, Model model) {
        fillReport(staff, id, model);
        return "console/broadcast :: report";
    }

    @PostMapping(PATH + "/{id}/cancel")
    String cancel(@RequestAttribute(ConsoleGate.STAFF) Staff staff, @PathVariable long id, Model model) {
        report(staff, id);
        BroadcastDesk.Cancelled cancelled = desk.cancel(VolunteersQuery.person(staff), staff.language(), id);
        fillReport(staff, id, model);
        model.addAttribute("message", cancelled.message());
        return "console/broadcast";
    }

    private void fillReport(Staff staff, long id, Model model) {
        model.addAttribute("page", "broadcasts");
        model.addAttribute("b", report(staff, id));
    }

    private BroadcastDesk.Summary report(Staff staff, long id) {
        choices(staff);
        try {
            return desk.report(staff.userId(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (BroadcastDesk.NotAllowed e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** What this person may choose; 403 for those who may not broadcast (operators). */
    private BroadcastDesk.Choices choices(Staff staff) {
        try {
            return desk.choices(staff.userId(), staff.language());
        } catch (BroadcastDesk.NotAllowed e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /** The estimate; null when the choice is not theirs or not valid (the page says so). */
    private BroadcastDesk.Estimate estimate(Staff staff, BroadcastDesk.Choice choice) {
        try {
            return desk.estimate(staff.userId(), staff.language(), choice);
        } catch (BroadcastDesk.NotAllowed | IllegalArgumentException e) {
            return null;
        }
    }

    static BroadcastDesk.Choice choice(
            String audience, List<String> regions, List<String> skills, List<String> statuses, boolean urgent) {
        Set<VolunteerStatus> chosen = EnumSet.noneOf(VolunteerStatus.class);
        for (String s : statuses == null ? List.<String>of() : statuses) {
            chosen.add(VolunteerStatus.valueOf(s.strip().toUpperCase(Locale.ROOT)));
        }
        return new BroadcastDesk.Choice("coordinators".equals(audience), set(regions), set(skills), chosen, urgent);
    }

    private static Set<String> set(List<String> values) {
        Set<String> out = new HashSet<>();
        for (String v : values == null ? List.<String>of() : values) {
            if (v != null && !v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }
}
