package org.wearetogether.broadcasts.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wearetogether.access.Roles;
import org.wearetogether.broadcasts.BroadcastDesk;
import org.wearetogether.chat.Announcement;
import org.wearetogether.chat.QuietHours;
import org.wearetogether.dialog.Person;
import org.wearetogether.regions.Region;
import org.wearetogether.regions.RegionCatalogue;

/**
 * The console's side of the broadcasts. Counts, estimates and quiet hours come from {@link Estimating}, the start
 * from {@link Starting}, the cancel from {@link Cancelling}: the same code as {@code /broadcast}, under the same
 * rules ({@link Staff}).
 */
final class ConsoleBroadcasts implements BroadcastDesk {

    private static final int PREVIEW = 120;

    private final MongoBroadcasts broadcasts;
    private final MongoLedger ledger;
    private final Estimating estimating;
    private final Starting starting;
    private final Cancelling cancelling;
    private final QuietHours quiet;
    private final Roles roles;
    private final RegionCatalogue regions;
    private final Clock clock;

    ConsoleBroadcasts(
            MongoBroadcasts broadcasts,
            MongoLedger ledger,
            Estimating estimating,
            Starting starting,
            Cancelling cancelling,
            QuietHours quiet,
            Roles roles,
            RegionCatalogue regions,
            Clock clock) {
        this.broadcasts = broadcasts;
        this.ledger = ledger;
        this.estimating = estimating;
        this.starting = starting;
        this.cancelling = cancelling;
        this.quiet = quiet;
        this.roles = roles;
        this.regions = regions;
        this.clock = clock;
    }

    @Override
    public Choices choices(String userId, String language) {
        Staff staff = staff(userId);
        List<Region> mine = staff.admin()
                ? regions.all()
                : staff.regions().stream()
                        .flatMap(code -> regions.byCode(code).stream())
                        .toList();
        List<Option> regionOptions = mine.stream()
                .sorted(Comparator.comparing(Region::code))
                .map(r -> new Option(r.code(), r.name(language)))
                .toList();
        List<Option> skills = Audience.SKILLS.stream()
                .map(s -> new Option(s, BroadcastTexts.skill(s).in(language)))
                .toList();
        List<Option> statuses = Audience.STATUSES.stream()
                .map(s -> new Option(s.name(), BroadcastTexts.status(s).in(language)))
                .toList();
        Audience start = Audience.volunteersOf(staff.admin() ? Set.of() : staff.regions());
        return new Choices(staff.admin(), regionOptions, skills, statuses, choice(start, false));
    }

    @Override
    public Estimate estimate(String userId, String language, Choice choice) {
        Staff staff = staff(userId);
        Audience audience = audience(choice).orElseThrow(() -> new IllegalArgumentException("unknown choice"));
        if (!staff.mayReach(audience)) {
            throw new NotAllowed("Not their regions: " + audience.regions());
        }
        return estimating.estimate(audience, choice.urgent() && staff.admin(), language);
    }

    @Override
    public Started start(Person author, String language, Choice choice, String text, String requestId) {
        Staff staff = Staff.of(roles, author.userId());
        if (!staff.mayBroadcast()) {
            return new Started(StartResult.NOT_ALLOWED, 0, 0, BroadcastTexts.NOT_ALLOWED.in(language));
        }
        if (text == null || text.isBlank()) {
            return new Started(StartResult.EMPTY, 0, 0, BroadcastTexts.EMPTY.in(language));
        }
        if (text.length() > Composing.TEXT_LIMIT) {
            return new Started(StartResult.TOO_LONG, 0, 0, BroadcastTexts.TOO_LONG.in(language));
        }
        Optional<Audience> audience = audience(choice);
        if (audience.isEmpty()) {
            return new Started(
                    StartResult.INVALID,
                    0,
                    0,
                    BroadcastTexts.UNKNOWN_REGIONS.in(language).formatted(String.join(", ", choice.regions())));
        }
        if (requestId != null) {
            Optional<Broadcast> earlier = broadcasts.byRequest(author.userId(), requestId);
            if (earlier.isPresent()) {
                long id = earlier.get().id();
                return new Started(
                        StartResult.ALREADY_STARTED,
                        id,
                        earlier.get().expected(),
                        BroadcastTexts.CONFIRMED.in(language).formatted(id));
            }
        }
        long no = broadcasts.nextNumber();
        Starting.Start started = starting.start(
                author,
                language,
                no,
                Announcement.plain(text),
                audience.get(),
                choice.urgent(),
                staff,
                "console",
                requestId);
        return switch (started.result()) {
            case STARTED, REPLAYED ->
                new Started(
                        StartResult.STARTED,
                        no,
                        started.count(),
                        BroadcastTexts.CONFIRMED.in(language).formatted(no));
            case NOT_YOUR_REGIONS ->
                new Started(
                        StartResult.NOT_YOUR_REGIONS,
                        0,
                        0,
                        BroadcastTexts.NOT_YOUR_REGIONS.in(language).formatted(String.join(", ", staff.regions())));
            case NOBODY -> new Started(StartResult.NOBODY, 0, 0, BroadcastTexts.NOBODY.in(language));
        };
    }

    @Override
    public List<Summary> history(String userId, int limit) {
        Staff staff = staff(userId);
        List<Summary> found = new ArrayList<>();
        for (Broadcast b : broadcasts.recent(staff.admin() ? null : userId, Math.max(1, Math.min(100, limit)))) {
            found.add(summary(b, b.report()));
        }
        return found;
    }

    @Override
    public Optional<Summary> report(String userId, long id) {
        Staff staff = staff(userId);
        Optional<Broadcast> found = broadcasts.byId(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Broadcast b = found.get();
        if (!staff.admin() && !userId.equals(b.author())) {
            throw new NotAllowed("Broadcast " + id + " is not theirs");
        }
        Broadcast.Report counted = ActiveBroadcast.loaded(b, ledger).report(clock.instant(), quiet);
        return Optional.of(summary(b, counted));
    }

    @Override
    public Cancelled cancel(Person by, String language, long id) {
        Cancelling.Result result = cancelling.cancel(by, id);
        return new Cancelled(result == Cancelling.Result.CANCELLING, Cancelling.say(result, id, language));
    }

    private Staff staff(String userId) {
        Staff staff = Staff.of(roles, userId);
        if (!staff.mayBroadcast()) {
            throw new NotAllowed("Broadcasts are for coordinators and admins only");
        }
        return staff;
    }

    /** The audience a choice names; empty when it names unknown regions, skills or statuses. */
    private Optional<Audience> audience(Choice c) {
        boolean known =
                c.regions().stream().allMatch(code -> regions.byCode(code).isPresent())
                        && Audience.SKILLS.containsAll(c.skills())
                        && Audience.STATUSES.containsAll(c.statuses());
        return known
                ? Optional.of(new Audience(c.coordinators(), c.regions(), c.skills(), c.statuses()))
                : Optional.empty();
    }

    private static Choice choice(Audience a, boolean urgent) {
        return new Choice(a.coordinators(), a.regions(), a.skills(), a.statuses(), urgent);
    }

    private static Summary summary(Broadcast b, Broadcast.Report r) {
        String text = b.post().text() == null ? "" : b.post().text();
        String preview = text.length() > PREVIEW ? text.substring(0, PREVIEW - 1) + "…" : text;
        return new Summary(
                b.id(),
                b.authorName(),
                b.createdAt(),
                b.finishedAt(),
                State.valueOf(b.state().name()),
                choice(b.audience(), b.urgent()),
                preview,
                b.post().photo() != null,
                new Report(r.total(), r.sent(), r.failed(), r.unreachable(), r.optedOut(), r.remaining(), r.held()));
    }
}
