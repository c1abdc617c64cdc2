package org.wearetogether.console.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.wearetogether.access.Audit;
import org.wearetogether.exports.SheetFormat;
import org.wearetogether.intake.RequestExports;
import org.wearetogether.intake.RequestStatistics;
import org.wearetogether.volunteers.VolunteerExports;

/**
 * The statistics page ({@code /console/stats}) and its exports ({@code /console/stats/export/requests.csv},
 * {@code volunteers.xlsx}...). Who may see and take what is {@link StatsScope}'s rule; a refused choice is a 403.
 * Every export is audited after it is written, with the row count: {@code console.export} without contacts,
 * {@code console.export.contacts} with them (admins only).
 */
@Controller
class StatsController {

    static final String PATH = "/console/stats";

    private final StatsQuery query;
    private final BoardQuery board;
    private final RequestExports requests;
    private final VolunteerExports volunteers;
    private final Audit audit;
    private final Clock clock;

    StatsController(
            StatsQuery query,
            BoardQuery board,
            RequestExports requests,
            VolunteerExports volunteers,
            Audit audit,
            Clock clock) {
        this.query = query;
        this.board = board;
        this.requests = requests;
        this.volunteers = volunteers;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String page(
            @RequestAttribute(ConsoleGate.STAFF) Staff staff,
            @RequestParam(required = false) String days,
            @RequestParam(required = false) String region,
            Model model) {
        StatsScope scope = StatsScope.numbers(staff, region).orElseThrow(StatsController::forbidden);
        int period = StatsScope.period(days);
        model.addAttribute("page", "stats");
        model.addAttribute("stats", query.page(staff, scope, period));
        model.addAttribute("regionChoices", board.regionChoices(staff));
        model.addAttribute("periods", java.util.List.of(7, 30, 90));
        model.addAttribute("mayExport", StatsScope.export(staff, region, false).isPresent());
        return "console/stats";
    }

    /** The old address in the navigation of earlier versions. */
    @GetMapping("/console/statistics")
    String old() {
        return "redirect:" + PATH;
    }

    @GetMapping(PATH + "/export/{what}.{format}")
    ResponseEntity<StreamingResponseBody> export(
            @RequestAttribute(ConsoleGate.STAFF) Staff staff,
            @PathVariable String what,
            @PathVariable String format,
            @RequestParam(required = false) String days,
            @RequestParam(required = false) String region,
            @RequestParam(required = false, defaultValue = "false") String contacts) {
        SheetFormat sheet = switch (format) {
            case "csv" -> SheetFormat.CSV;
            case "xlsx" -> SheetFormat.XLSX;
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        if (!what.equals("requests") && !what.equals("volunteers")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        boolean withContacts = "true".equals(contacts);
        StatsScope scope = StatsScope.export(staff, region, withContacts).orElseThrow(StatsController::forbidden);
        int period = StatsScope.period(days);
        Instant now = clock.instant();
        LocalDate firstDay = LocalDate.ofInstant(now, RequestStatistics.ZONE).minusDays(period - 1L);
        Instant from = firstDay.atStartOfDay(RequestStatistics.ZONE).toInstant();
        String name = "%s-%s-%s-%dd.%s"
                .formatted(
                        what,
                        scope.regions().isEmpty() ? "all" : scope.region().isEmpty() ? "mine" : scope.region(),
                        LocalDate.ofInstant(now, RequestStatistics.ZONE),
                        period,
                        sheet.extension());
        StreamingResponseBody body = out -> {
            long rows = write(what, scope, from, withContacts, sheet, staff.language(), out);
            audit.record(new Audit.Entry(
                    staff.userId(),
                    staff.name(),
                    withContacts ? "console.export.contacts" : "console.export",
                    scope.subject(),
                    "%s %s %s..%s rows=%d"
                            .formatted(
                                    what,
                                    sheet.extension(),
                                    firstDay,
                                    LocalDate.ofInstant(now, RequestStatistics.ZONE),
                                    rows),
                    clock.instant()));
        };
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType(sheet.contentType()))
                .body(body);
    }

    private long write(
            String what,
            StatsScope scope,
            Instant from,
            boolean withContacts,
            SheetFormat sheet,
            String language,
            OutputStream out)
            throws IOException {
        return what.equals("requests")
                ? requests.export(
                        new RequestExports.Selection(scope.regions(), from, null, withContacts), sheet, language, out)
                : volunteers.export(
                        new VolunteerExports.Selection(scope.regions(), from, null, withContacts),
                        sheet,
                        language,
                        out);
    }

    private static ResponseStatusException forbidden() {
        return new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
}
