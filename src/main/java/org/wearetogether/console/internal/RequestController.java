package org.wearetogether.console.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.wearetogether.hq.RequestDesk;
import org.wearetogether.hq.RequestPage;
import org.wearetogether.tasks.Tasks;

/**
 * The request page ({@code /console/requests/{number}}): the card's fields, the timeline and the buttons for what the
 * person may do now (Take, In progress, Done, Return to queue, Cannot fulfil with a reason, Show contacts). Everything
 * goes through {@link RequestDesk}, the same code as the HQ chat's card buttons, so the two race fairly and the chat's
 * cards follow. A change answers the page's main section with the outcome above it (htmx swaps it in); without
 * JavaScript the browser is redirected to the page with the outcome in the address. Contacts are answered inline, to
 * the holder only, never in an address. A request that does not exist or is in a region the person does not see: 404;
 * someone who may not act on it: 403.
 */
@Controller
class RequestController {

    static final String PATH = "/console/requests/{number}";

    /** The page's action paths and the desk's calls they make. */
    private static final Map<String, RequestDesk.Action> ACTIONS = Map.of(
            "take", RequestDesk.Action.TAKE,
            "in-progress", RequestDesk.Action.IN_PROGRESS,
            "done", RequestDesk.Action.DONE,
            "return", RequestDesk.Action.RETURN_TO_QUEUE,
            "cannot-fulfil", RequestDesk.Action.CANNOT_FULFIL);

    /** The plain buttons, in the page's order. */
    private static final java.util.List<String> BUTTONS = java.util.List.of("take", "in-progress", "done", "return");

    private static final Set<String> OUTCOMES = Set.of("changed", "held", "not-allowed", "unknown-reason", "not-yours");

    /** How many candidates the Assign volunteer list shows. */
    static final int CANDIDATES = 10;

    private final RequestDesk desk;
    private final Tasks tasks;

    RequestController(RequestDesk desk, Tasks tasks) {
        this.desk = desk;
        this.tasks = tasks;
    }

    @GetMapping(PATH)
    String page(
            @RequestAttribute(ConsoleGate.STAFF) Staff staff,
            @PathVariable String number,
            @RequestParam(required = false) String outcome,
            Model model) {
        fill(staff, number, model, outcome != null && OUTCOMES.contains(outcome) ? outcome : null, null);
        return "console/request";
    }

    @PostMapping(PATH + "/{action}")
    String act(
            @RequestAttribute(ConsoleGate.STAFF) Staff staff,
            @PathVariable String number,
            @PathVariable String action,
            @RequestParam(required = false) String reason,
            HttpServletRequest request,
            Model model) {
        RequestDesk.Action what = ACTIONS.get(action);
        if (what == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        org.wearetogether.access.Staff who = who(staff);
        RequestDesk.Outcome outcome = switch (what) {
            case TAKE -> desk.take(number, who);
            case IN_PROGRESS -> desk.inProgress(number, who);
            case DONE -> desk.done(number, who);
            case RETURN_TO_QUEUE -> desk.returnToQueue(number, who);
            default -> desk.cannotFulfil(number, who, reason == null ? "" : reason.strip());
        };
        String shown = switch (outcome) {
            case RequestDesk.Changed c -> "changed";
            case RequestDesk.HeldByAnother h -> "held";
            case RequestDesk.NotAllowed n -> "not-allowed";
            case RequestDesk.UnknownReason u -> "unknown-reason";
            case RequestDesk.NotFound n -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case RequestDesk.NotCoordinator n -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        };
        if (!htmx(request)) {
            return "redirect:/console/requests/" + URLEncoder.encode(number, StandardCharsets.UTF_8) + "?outcome="
                    + shown;
        }
        fill(staff, number, model, shown, null);
        return "console/request :: main";
    }

    @PostMapping(PATH + "/contacts")
    String contacts(
            @RequestAttribute(ConsoleGate.STAFF) Staff staff,
            @PathVariable String number,
            HttpServletRequest request,
            Model model) {
        RequestDesk.Showing showing = desk.contacts(number, who(staff));
        RequestDesk.Contacts contacts = switch (showing) {
            case RequestDesk.Shown s -> s.contacts();
            case RequestDesk.NotYours n -> null;
            case RequestDesk.NotDelivered n -> null;
            case RequestDesk.NotFound n -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case RequestDesk.NotCoordinator n -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        };
        fill(staff, number, model, contacts == null ? "not-yours" : null, contacts);
        return htmx(request) ? "console/request :: main" : "console/request";
    }

    @PostMapping(PATH + "/offer")
    String offer(
            @RequestAttribute(ConsoleGate.STAFF) Staff staff,
            @PathVariable String number,
            @RequestParam(required = false, defaultValue = "") String volunteer,
            HttpServletRequest request,
            Model model) {
        Tasks.Offering offering = tasks.offer(number, volunteer.strip(), who(staff));
        String shown = switch (offering) {
            case Tasks.Offered o -> "offered";
            case Tasks.NotAvailable n -> "not-available";
            case Tasks.AlreadyOffered a -> "already-offered";
            case Tasks.Inactive i -> "inactive";
            case Tasks.NotReached n -> "not-reached";
            case Tasks.NotAllowed n -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        };
        String name = switch (offering) {
            case Tasks.Offered o -> o.volunteerFirstName();
            case Tasks.AlreadyOffered a -> a.volunteerFirstName();
            case Tasks.NotReached n -> n.volunteerFirstName();
            default -> "";
        };
        fill(staff, number, model, shown, null);
        model.addAttribute("outcomeArg", name);
        return htmx(request) ? "console/request :: main" : "console/request";
    }

    private void fill(Staff staff, String number, Model model, String outcome, RequestDesk.Contacts contacts) {
        RequestPage page =
                desk.page(number, who(staff)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Set<String> actions = new TreeSet<>();
        page.actions().forEach(a -> actions.add(a.name()));
        model.addAttribute("page", "request");
        model.addAttribute("r", page);
        model.addAttribute("actions", actions);
        model.addAttribute(
                "buttons",
                BUTTONS.stream()
                        .filter(b -> actions.contains(ACTIONS.get(b).name()))
                        .toList());
        model.addAttribute("outcome", outcome);
        model.addAttribute("contacts", contacts);
        model.addAttribute("outcomeArg", "held".equals(outcome) ? page.holderName() : page.statusText());
        model.addAttribute("candidates", candidates(number, staff, actions));
        model.addAttribute(
                "reasons", actions.contains("CANNOT_FULFIL") ? desk.reasons(staff.language()) : java.util.List.of());
    }

    /** The volunteers to offer the request to, when the person may assign one; empty otherwise. */
    private java.util.List<Tasks.Candidate> candidates(String number, Staff staff, Set<String> actions) {
        if (!actions.contains("ASSIGN_VOLUNTEER")) {
            return java.util.List.of();
        }
        return tasks.candidates(number, who(staff), CANDIDATES) instanceof Tasks.Ranked r
                ? r.candidates()
                : java.util.List.of();
    }

    private static boolean htmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null;
    }

    /** The console's person as the desk knows staff: acting from the console, audited as {@code console.*}. */
    static org.wearetogether.access.Staff who(Staff staff) {
        return new org.wearetogether.access.Staff(
                staff.userId(), staff.name(), staff.language(), org.wearetogether.access.Staff.Via.CONSOLE);
    }
}
