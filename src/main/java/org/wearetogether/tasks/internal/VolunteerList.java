package org.wearetogether.tasks.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Reply.Button;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.regions.RegionCatalogue;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.Volunteers;

/**
 * The coordinator's private list of the region's approved, unpaused volunteers, a page at a time, each a button with
 * first name (and the next word's initial), skills and current load ({@code t:offer:<number>:<user id>}); pages turn with {@code t:page:<number>:<page>}.
 */
final class VolunteerList {

    private final Supplier<Volunteers> volunteers;
    private final MongoTasks tasks;
    private final RegionCatalogue regions;
    private final OptionWords words;
    private final int pageSize;

    VolunteerList(
            Supplier<Volunteers> volunteers,
            MongoTasks tasks,
            RegionCatalogue regions,
            OptionWords words,
            int pageSize) {
        this.volunteers = volunteers;
        this.tasks = tasks;
        this.regions = regions;
        this.words = words;
        this.pageSize = Math.max(1, Math.min(20, pageSize));
    }

    Reply.Message page(HelpRequest r, int page, String search, String language) {
        int from = Math.max(0, page) * pageSize;
        List<Volunteer> found = volunteers.get().available(r.regionCode(), search, from, pageSize + 1);
        boolean more = found.size() > pageSize;
        List<Volunteer> shown = more ? found.subList(0, pageSize) : found;
        Map<String, Integer> load =
                tasks.load(shown.stream().map(Volunteer::userId).toList());
        List<List<Button>> rows = new ArrayList<>();
        for (Volunteer v : shown) {
            rows.add(List.of(new Button(
                    label(v, load.getOrDefault(v.userId(), 0), language),
                    TaskMessages.PREFIX + TaskMessages.OFFER + ":" + r.number() + ":" + v.userId())));
        }
        List<Button> turn = new ArrayList<>();
        if (page > 0) {
            turn.add(new Button(TaskTexts.PREVIOUS.in(language), pageData(r, page - 1)));
        }
        if (more) {
            turn.add(new Button(TaskTexts.NEXT.in(language), pageData(r, page + 1)));
        }
        if (!turn.isEmpty()) {
            rows.add(turn);
        }
        return new Reply.Message(text(r, page, search, shown.isEmpty(), language), new Reply.Keyboard.Inline(rows));
    }

    private String text(HelpRequest r, int page, String search, boolean none, String language) {
        String region =
                regions.byCode(r.regionCode()).map(x -> x.name(language)).orElse(r.regionCode());
        List<String> lines = new ArrayList<>();
        lines.add(TaskTexts.PICK_TITLE.in(language).formatted(r.number(), region, page + 1));
        if (search != null) {
            lines.add(TaskTexts.PICK_FOUND.in(language).formatted(search));
        }
        if (none) {
            lines.add(TaskTexts.PICK_NONE.in(language));
        }
        lines.add(TaskTexts.PICK_SEARCH.in(language));
        return String.join("\n", lines);
    }

    private String label(Volunteer v, int load, String language) {
        String skills = v.skills().stream()
                .map(id -> words.name("skills", id, language))
                .collect(Collectors.joining(", "));
        String name = shortName(v);
        String loadText = TaskTexts.LOAD.in(language).formatted(load);
        return skills.isEmpty() ? name + " · " + loadText : name + " · " + skills + " · " + loadText;
    }

    /** The first name and the initial of the next word ("Ivan P."): enough to tell two Ivans apart. */
    static String shortName(Volunteer v) {
        String first = v.firstName();
        String[] words = v.name() == null ? new String[0] : v.name().strip().split("\\s+");
        String shown = words.length > 1
                ? first + " "
                        + words[1].codePoints()
                                .limit(1)
                                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        + "."
                : first;
        return shown.length() > 40 ? shown.substring(0, 40) : shown;
    }

    private static String pageData(HelpRequest r, int page) {
        return TaskMessages.PREFIX + TaskMessages.PAGE + ":" + r.number() + ":" + page;
    }
}
