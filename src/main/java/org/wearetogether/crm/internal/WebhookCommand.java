package org.wearetogether.crm.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
            "Этот адрес не подходит: %s. Нужен адрес https:// в интернете; адреса внутренней сети — только из "
                    + "настройки TOGETHER_WEBHOOK_ALLOW.",
            "This address cannot be used: %s. It must be an https:// address on the internet; addresses inside the "
                    + "network only when listed in the setting TOGETHER_WEBHOOK_ALLOW.");
    private static final Texts NO_SECRET_KEY = Texts.of(
            "Уведомления сейчас нельзя включить: на сервере не задан ключ шифрования секретов TOGETHER_SECRET_KEY. "
                    + "Попросите администратора сервера задать его (openssl rand -base64 32) и перезапустить сервис.",
            "Webhooks cannot be switched on yet: the server has no key to encrypt their secrets (TOGETHER_SECRET_KEY). "
                    + "Please ask the server's administrator to set one (openssl rand -base64 32) and restart.");
    private static final Texts SET = Texts.of(
            "Изменения статусов в %s будут отправляться на %s.\nСекрет подписи показан только один раз, сохраните его:"
                    + "\n\n%s\n\nПодпись: заголовок X-Together-Signature: t=<время>,v1=<HMAC-SHA256 «t.тело»>, "
                    + "см. docs/crm-api.md.%s",
            "Status changes in %s will be sent to %s.\nThe signing secret is shown only this once, please save it:"
                    + "\n\n%s\n\nSignature: header X-Together-Signature: t=<time>,v1=<HMAC-SHA256 of \"t.body\">, "
                    + "see docs/crm-api.md.%s");
    /** What the admin gets instead of {@link #SET} if the process stops before it was sent: the secret is not in it. */
    private static final Texts SET_NOT_SHOWN = Texts.of(
            "Уведомления для %s включены на %s, но сервис перезапустился прежде, чем подтвердилась доставка "
                    + "сообщения с секретом подписи. Секрет показывается только один раз. Если вы его не сохранили, "
                    + "получите новый, отправив ещё раз: /webhook %s %s — или выключите уведомления: /webhook %s off",
            "The webhook of %s to %s is on, but the service restarted before the message showing its signing secret"
                    + " was confirmed as delivered. A secret is shown only once. If you did not save it, please get a"
                    + " new one by sending /webhook %s %s again, or switch the webhook off with /webhook %s off");

    private static final Texts OVERLAP = Texts.of(
            "\nПрежний секрет тоже подписывает до %s: обновите его в CRM до этого времени.",
            "\nThe previous secret also signs until %s: please update the CRM before then.");
    private static final Texts OFF = Texts.of("Уведомления для %s выключены.", "The webhook of %s is off.");
    private static final Texts NONE_FOR = Texts.of("Для %s уведомления не включены.", "%s has no webhook.");
    private static final Texts NONE =
            Texts.of("Уведомления не включены ни для одного региона.", "No region has a webhook.");

    private final MongoWebhooks webhooks;
    private final RegionCatalogue regions;
    private final AdminGate gate;
    private final WebhookTargets targets;
    private final WebhookSecrets secrets;
    private final Duration overlap;
    private final Clock clock;

    WebhookCommand(
            MongoWebhooks webhooks,
            RegionCatalogue regions,
            AdminGate gate,
            WebhookTargets targets,
            WebhookSecrets secrets,
            Duration overlap,
            Clock clock) {
        this.webhooks = webhooks;
        this.regions = regions;
        this.gate = gate;
        this.targets = targets;
        this.secrets = secrets;
        this.overlap = overlap;
        this.clock = clock;
    }

    @Override
    public Description description() {
        return DESCRIPTION;
    }

    @Override
    public List<Reply> run(Person person, String language, String args) {
        Optional<String> refusal = gate.refusal(person, language);
        return List.of(
                refusal.isPresent()
                        ? Reply.Message.plain(refusal.get())
                        : answer(person, language, ApiKeyCommand.words(args)));
    }

    private Reply.Message answer(Person person, String language, List<String> words) {
        if (words.size() == 1 && words.get(0).equalsIgnoreCase("list")) {
            return Reply.Message.plain(list(language));
        }
        if (words.size() != 2) {
            return Reply.Message.plain(USAGE.in(language));
        }
        String region = words.get(0).toUpperCase(Locale.ROOT);
        if (regions.byCode(region).isEmpty()) {
            return Reply.Message.plain(UNKNOWN_REGION.in(language).formatted(words.get(0)));
        }
        if (words.get(1).equalsIgnoreCase("off")) {
            boolean wasOn = webhooks.off(region, person.userId(), clock.instant());
            return Reply.Message.plain((wasOn ? OFF : NONE_FOR).in(language).formatted(region));
        }
        if (!secrets.available()) {
            return Reply.Message.plain(NO_SECRET_KEY.in(language));
        }
        Optional<String> refusal = targets.refusal(words.get(1));
        if (refusal.isPresent()) {
            return Reply.Message.plain(BAD_URL.in(language).formatted(refusal.get()));
        }
        return switchOn(person, language, region, words.get(1));
    }

    /** Sets the webhook with a new secret, shown once: the message is stored, if it must wait, without it. */
    private Reply.Message switchOn(Person person, String language, String region, String url) {
        String secret = WebhookSignature.newSecret();
        Instant now = clock.instant();
        boolean replacing = webhooks.byRegion(region).isPresent();
        Instant previousUntil = replacing ? now.plus(overlap) : now;
        webhooks.set(new Webhook(region, url, secret, person.userId(), now, now), previousUntil);
        String overlapNote = replacing && previousUntil.isAfter(now)
                ? OVERLAP.in(language).formatted(previousUntil.truncatedTo(ChronoUnit.MINUTES))
                : "";
        return Reply.Message.secret(
                SET.in(language).formatted(region, url, secret, overlapNote),
                SET_NOT_SHOWN.in(language).formatted(region, url, region, url, region));
    }

    private String list(String language) {
        List<Webhook> all = webhooks.all();
        return all.isEmpty()
                ? NONE.in(language)
                : all.stream()
                        .map(w -> w.region() + "  " + w.url() + "  (" + w.createdBy() + ", " + w.createdAt() + ")")
                        .collect(Collectors.joining("\n"));
    }
}
