package org.wearetogether.console.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The queue board ({@code /console/board}): the whole page, the columns alone (what htmx swaps in when the board
 * changes) and the stream of "something changed" events the page listens to.
 */
@Controller
class BoardController {

    static final String PATH = "/console/board";

    private final BoardQuery query;
    private final BoardEvents events;

    BoardController(BoardQuery query, BoardEvents events) {
        this.query = query;
        this.events = events;
    }

    @GetMapping(PATH)
    String page(@RequestAttribute(ConsoleGate.STAFF) Staff staff, BoardFilter filter, Model model) {
        fill(staff, filter, model);
        model.addAttribute("regionChoices", query.regionChoices(staff));
        return "console/board";
    }

    @GetMapping(PATH + "/columns")
    String columns(@RequestAttribute(ConsoleGate.STAFF) Staff staff, BoardFilter filter, Model model) {
        fill(staff, filter, model);
        return "console/board :: columns";
    }

    private void fill(Staff staff, BoardFilter filter, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("board", query.board(staff, filter));
        model.addAttribute("page", "board");
    }

    @GetMapping(PATH + "/events")
    SseEmitter events(@RequestAttribute(ConsoleGate.STAFF) Staff staff) {
        return events.subscribe(staff);
    }

    /** Binds the query string to a {@link BoardFilter} (missing parameters are blank). */
    @org.springframework.web.bind.annotation.ModelAttribute
    BoardFilter filter(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String urgency,
            @RequestParam(required = false) String need,
            @RequestParam(required = false, defaultValue = "0") String olderThanHours,
            @RequestParam(required = false, defaultValue = "false") String mine,
            @RequestParam(required = false) String number) {
        int hours;
        try {
            hours = Integer.parseInt(olderThanHours.strip());
        } catch (NumberFormatException e) {
            hours = 0;
        }
        return new BoardFilter(region, status, urgency, need, hours, "true".equals(mine), number);
    }
}
