package org.wearetogether.crm.internal;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.wearetogether.chat.StaffCommand;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;
import org.wearetogether.regions.RegionCatalogue;

/** {@code /webhook <region> <url>}, {@code /webhook <region> off}, {@code /webhook list}: admins set webhooks. */
final class WebhookCommand implements StaffCommand {

    private static final Description DESCRIPTION = new Description(
            "webhook", Texts.of("Уведомления CRM штаба о статусах (админы)", "Status webhooks for HQ CRMs (admins)"));
    private static final Texts USAGE = Texts.of(
            "Как пользоваться:\n/webhook RU-MOW https://crm.example/hook — включить\n/webhook RU-MOW off — выключить\n"
                    + "/webhook list — все включённые",
            "How to use it:\n/webhook RU-MOW https://crm.example/hook — switch on\n/webhook RU-MOW off — switch off\n"
                    + "/webhook list — all that are on");
    private static final Texts UNKNOWN_REGION = Texts.of(
            "Не знаю региона «%s». Укажите код ISO, например RU-MOW.",
            "I do not know the region \"%s\". Please give its ISO code, e.g. RU-MOW.");
    private static final Texts BAD_URL = Texts.of(
            "Адрес должен начинаться с https:// (http:// только для localhost).",
            "The address must start with https:// (http:// only for localhost).");
    private static final Texts SET = Texts.of(
            "Изменения статусов в %s будут отправляться на %s.\nСекрет подписи показан только один раз, сохраните его:"
                    + "\n\n%s\n\nПодпись: заголовок X-Together-Signature: sha256=<HMAC-SHA256 тела>.",
            "Status changes in %s will be sent to %s.\nThe signing secret is shown only this once, please save it:"
                    + "\n\n%s\n\nSignature: header X-Together-Signature: sha256=<HMAC-SHA256 of the body>.");
    private static final Texts OFF = Texts.of("Уведомления для %s выключены.", "The webhook of %s is off.");
    private static final Texts NONE_FOR = Texts.of("Для %s уведомления не включены.", "%s has no webhook.");
    private static final Texts NONE =
            Texts.of("Уведомления не включены ни для одного региона.", "No region has a webhook.");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final MongoWebhooks webhooks;
    private final RegionCatalogue regions;
    private final AdminGate gate;
    private final Clock clock;

    WebhookCommand(MongoWebhooks webhooks, RegionCatalogue regions, AdminGate gate, Clock clock) {
        this.webhooks = webhooks;
        this.regions = regions;
        this.gate = gate;
        this.clock = clock;
    }

    @Override
    public Description description() {
        return DESCRIPTION;
    }

    @Override
    public List<Reply> run(Person person, String language, String args) {
        String text =
                gate.refusal(person, language).orElseGet(() -> answer(person, language, ApiKeyCommand.words(args)));
        return List.of(Reply.Message.plain(text));
    }

    private String answer(Person person, String language, List<String> words) {
        if (words.size() == 1 && words.get(0).equalsIgnoreCase("list")) {
            return list(language);
        }
        if (words.size() != 2) {
            return USAGE.in(language);
        }
        String region = words.get(0).toUpperCase(Locale.ROOT);
        if (regions.byCode(region).isEmpty()) {
            return UNKNOWN_REGION.in(language).formatted(words.get(0));
        }
        if (words.get(1).equalsIgnoreCase("off")) {
            boolean wasOn = webhooks.off(region, person.userId(), clock.instant());
            return (wasOn ? OFF : NONE_FOR).in(language).formatted(region);
        }
        if (!acceptable(words.get(1))) {
            return BAD_URL.in(language);
        }
        String secret = WebhookSignature.newSecret();
        var now = clock.instant();
        webhooks.set(new Webhook(region, words.get(1), secret, person.userId(), now, now));
        return SET.in(language).formatted(region, words.get(1), secret);
    }

    private String list(String language) {
        List<Webhook> all = webhooks.all();
        return all.isEmpty()
                ? NONE.in(language)
                : all.stream()
                        .map(w -> w.region() + "  " + w.url() + "  (" + w.createdBy() + ", " + w.createdAt() + ")")
                        .collect(Collectors.joining("\n"));
    }

    /** https anywhere, or http on this machine (for a CRM beside the service, and for tests). */
    static boolean acceptable(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || uri.getUserInfo() != null) {
                return false;
            }
            return scheme.equals("https") || (scheme.equals("http") && LOOPBACK.contains(uri.getHost()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
