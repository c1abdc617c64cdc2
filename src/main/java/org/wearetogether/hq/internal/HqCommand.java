package org.wearetogether.hq.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wearetogether.access.Audit;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.StaffCommand;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;
import org.wearetogether.regions.RegionCatalogue;

/**
 * {@code /hq RU-MOW}, {@code /hq ALL}, {@code /hq off} in a group: binds it as a region's HQ chat (admins and that
 * region's coordinators), as the federal chat (admins), or unbinds it. Running it twice changes nothing more. A chat
 * bound to another region or as the federal chat is re-bound only by an admin, and the answer says what it replaced.
 */
final class HqCommand implements StaffCommand {

    private final Roles roles;
    private final RegionCatalogue regions;
    private final MongoHqChats chats;
    private final Audit audit;
    private final HqWork work;
    private final Clock clock;

    HqCommand(Roles roles, RegionCatalogue regions, MongoHqChats chats, Audit audit, HqWork work, Clock clock) {
        this.roles = roles;
        this.regions = regions;
        this.chats = chats;
        this.audit = audit;
        this.work = work;
        this.clock = clock;
    }

    @Override
    public Description description() {
        return new Description("hq", Texts.of("Чат штаба (для координаторов)", "HQ chat (coordinators)"));
    }

    @Override
    public List<Reply> run(Person person, String language, String args) {
        String arg = args.strip().toUpperCase(Locale.ROOT);
        if (arg.isEmpty() || arg.contains(" ")) {
            return say(HqTexts.HQ_USAGE, language);
        }
        if (person.chatId().equals(person.userId())) {
            return say(HqTexts.HQ_GROUPS_ONLY, language);
        }
        if (arg.equals("OFF")) {
            return off(person, language);
        }
        boolean federal = arg.equals(HqChat.FEDERAL);
        if (!federal && regions.byCode(arg).isEmpty()) {
            return List.of(Reply.Message.plain(Texts.of(
                            "Нет региона с кодом %s. Пример: RU-MOW.",
                            "There is no region with the code %s. Example: RU-MOW.")
                    .in(language)
                    .formatted(args.strip())));
        }
        boolean allowed = federal ? roles.isAdmin(person.userId()) : roles.mayCoordinate(person.userId(), arg);
        if (!allowed) {
            return say(HqTexts.HQ_NOT_ALLOWED, language);
        }
        Optional<HqChat> before =
                chats.byChat(person.chatKey()).filter(b -> !b.region().equals(arg));
        if (before.isPresent() && !roles.isAdmin(person.userId())) {
            String current = name(before.get().region(), language);
            return List.of(Reply.Message.plain(
                    HqTexts.HQ_REBIND_ADMINS_ONLY.in(language).formatted(current)));
        }
        chats.bind(new HqChat(person.chatKey(), arg, language), person.userId(), clock.instant());
        if (before.isPresent()) {
            audited(person, "hq.rebind", before.get().region() + " -> " + arg);
        } else {
            audited(person, "hq.bind", arg);
        }
        work.nudge();
        String done = federal
                ? HqTexts.HQ_FEDERAL.in(language)
                : HqTexts.HQ_BOUND.in(language).formatted(name(arg, language));
        String replaced = before.map(b -> "\n" + HqTexts.HQ_REBOUND.in(language).formatted(name(b.region(), language)))
                .orElse("");
        return List.of(Reply.Message.plain(done + replaced));
    }

    /** A region's name with its code, or the federal chat's. */
    private String name(String region, String language) {
        if (HqChat.FEDERAL.equals(region)) {
            return HqTexts.FEDERAL_NAME.in(language);
        }
        return regions.byCode(region)
                .map(r -> r.name(language) + " (" + region + ")")
                .orElse(region);
    }

    private List<Reply> off(Person person, String language) {
        Optional<HqChat> bound = chats.byChat(person.chatKey());
        if (bound.isEmpty()) {
            return say(HqTexts.HQ_NOT_BOUND, language);
        }
        String region = bound.get().region();
        boolean allowed = roles.isAdmin(person.userId())
                || !bound.get().federal() && roles.mayCoordinate(person.userId(), region);
        if (!allowed) {
            return say(HqTexts.HQ_NOT_ALLOWED, language);
        }
        chats.unbind(person.chatKey());
        audited(person, "hq.unbind", region);
        return say(HqTexts.HQ_OFF, language);
    }

    private void audited(Person person, String action, String region) {
        String name = person.username() != null ? "@" + person.username() : person.firstName();
        audit.record(new Audit.Entry(person.userId(), name, action, region, person.chatKey(), clock.instant()));
    }

    private static List<Reply> say(Texts text, String language) {
        return List.of(Reply.Message.plain(text.in(language)));
    }
}
