package org.wearetogether.crm.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.wearetogether.chat.StaffCommand;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;
import org.wearetogether.regions.RegionCatalogue;

/** {@code /apikey <region> [<days>d]}, {@code /apikey revoke <id>}, {@code /apikey list}: admins manage the CRMs' keys. */
final class ApiKeyCommand implements StaffCommand {

    private static final Description DESCRIPTION =
            new Description("apikey", Texts.of("Ключи API для CRM штабов (админы)", "API keys for HQ CRMs (admins)"));
    private static final Texts USAGE = Texts.of(
            "Как пользоваться:\n/apikey RU-MOW — новый ключ для региона\n/apikey RU-MOW 90d — ключ на 90 дней\n"
                    + "/apikey revoke <id> — отозвать ключ\n/apikey list — все ключи",
            "How to use it:\n/apikey RU-MOW — a new key for a region\n/apikey RU-MOW 90d — a key for 90 days\n"
                    + "/apikey revoke <id> — revoke a key\n/apikey list — all keys");
    private static final Texts UNKNOWN_REGION = Texts.of(
            "Не знаю региона «%s». Укажите код ISO, например RU-MOW.",
            "I do not know the region \"%s\". Please give its ISO code, e.g. RU-MOW.");
    private static final Texts ISSUED = Texts.of(
            "Ключ для %s (id %s). Он показан только один раз, сохраните его сейчас:\n\n%s\n\n"
                    + "CRM передаёт его в заголовке Authorization: Bearer <ключ>. %s",
            "The key for %s (id %s). It is shown only this once, please save it now:\n\n%s\n\n"
                    + "The CRM sends it in the header Authorization: Bearer <key>. %s");
    /** What the admin gets instead of {@link #ISSUED} if the process stops before it was sent: the key is not in it. */
    private static final Texts ISSUED_NOT_SHOWN = Texts.of(
            "Ключ для %s (id %s) создан, но сервис перезапустился прежде, чем подтвердилась доставка сообщения с "
                    + "ним. Сам ключ нигде не хранится, поэтому показать его снова нельзя. Если вы его не сохранили, "
                    + "отзовите его: /apikey revoke %s — и создайте новый: /apikey %s",
            "The key for %s (id %s) was created, but the service restarted before the message showing it was"
                    + " confirmed as delivered. The key itself is stored nowhere, so it cannot be shown again. If you"
                    + " did not save it, please revoke it with /apikey revoke %s and make a new one with /apikey %s");

    private static final Texts VALID_UNTIL = Texts.of("Действует до %s.", "It is valid until %s.");
    private static final Texts NO_EXPIRY = Texts.of("Срок действия не ограничен.", "It does not expire.");
    private static final Texts EXPIRES_SUFFIX = Texts.of(", действует до %s", ", valid until %s");
    private static final Pattern LIFETIME = Pattern.compile("(\\d{1,4})d", Pattern.CASE_INSENSITIVE);
    private static final Texts REVOKED = Texts.of("Ключ %s отозван.", "The key %s is revoked.");
    private static final Texts NO_SUCH_KEY = Texts.of("Действующего ключа %s нет.", "There is no valid key %s.");
    private static final Texts NO_KEYS = Texts.of("Ключей пока нет.", "There are no keys yet.");
    private static final Texts ENTRY = Texts.of("%s  %s  создан %s (%s)%s", "%s  %s  created %s (%s)%s");
    private static final Texts REVOKED_SUFFIX = Texts.of(", отозван %s (%s)", ", revoked %s (%s)");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;

    private final ApiKeys keys;
    private final RegionCatalogue regions;
    private final AdminGate gate;

    ApiKeyCommand(ApiKeys keys, RegionCatalogue regions, AdminGate gate) {
        this.keys = keys;
        this.regions = regions;
        this.gate = gate;
    }

    @Override
    public Description description() {
        return DESCRIPTION;
    }

    @Override
    public List<Reply> run(Person person, String language, String args) {
        Optional<String> refusal = gate.refusal(person, language);
        return List.of(
                refusal.isPresent() ? Reply.Message.plain(refusal.get()) : answer(person, language, words(args)));
    }

    private Reply.Message answer(Person person, String language, List<String> words) {
        if (words.size() == 1 && words.get(0).equalsIgnoreCase("list")) {
            return Reply.Message.plain(list(language));
        }
        if (words.size() == 2 && words.get(0).equalsIgnoreCase("revoke")) {
            String id = words.get(1);
            return Reply.Message.plain((keys.revoke(id, person.userId()) ? REVOKED : NO_SUCH_KEY)
                    .in(language)
                    .formatted(id));
        }
        if (words.size() == 1
                || (words.size() == 2 && LIFETIME.matcher(words.get(1)).matches())) {
            String code = words.get(0).toUpperCase(Locale.ROOT);
            if (regions.byCode(code).isEmpty()) {
                return Reply.Message.plain(UNKNOWN_REGION.in(language).formatted(words.get(0)));
            }
            Optional<Duration> lifetime = words.size() == 2
                    ? Optional.of(Duration.ofDays(Long.parseLong(words.get(1).replaceAll("\\D", ""))))
                    : Optional.empty();
            ApiKeys.Issued issued = keys.issue(code, person.userId(), lifetime);
            Instant expiresAt = issued.key().expiresAt();
            String validity = expiresAt == null
                    ? NO_EXPIRY.in(language)
                    : VALID_UNTIL.in(language).formatted(TIME.format(expiresAt));
            String id = issued.key().id();
            return Reply.Message.secret(
                    ISSUED.in(language).formatted(code, id, issued.token(), validity),
                    ISSUED_NOT_SHOWN.in(language).formatted(code, id, id, code));
        }
        return Reply.Message.plain(USAGE.in(language));
    }

    private String list(String language) {
        List<ApiKey> all = keys.all();
        if (all.isEmpty()) {
            return NO_KEYS.in(language);
        }
        return all.stream().map(k -> entry(k, language)).collect(Collectors.joining("\n"));
    }

    private static String entry(ApiKey key, String language) {
        String revoked =
                key.valid() ? "" : REVOKED_SUFFIX.in(language).formatted(TIME.format(key.revokedAt()), key.revokedBy());
        String expires =
                key.expiresAt() == null ? "" : EXPIRES_SUFFIX.in(language).formatted(TIME.format(key.expiresAt()));
        return ENTRY.in(language)
                .formatted(key.id(), key.region(), TIME.format(key.createdAt()), key.createdBy(), expires + revoked);
    }

    static List<String> words(String args) {
        return args == null || args.isBlank() ? List.of() : List.of(args.strip().split("\\s+"));
    }
}
