package org.wearetogether.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.wearetogether.hq.HqFixtures;
import org.wearetogether.jobs.Job;
import org.wearetogether.storage.StoreScrub;
import org.wearetogether.storage.internal.EmbeddedMongo;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningJobs;
import org.wearetogether.testing.RunningService;

/**
 * "Delete means everywhere", proved with sentinels: requests filed by a relative and by a hotline operator and a
 * volunteer's sign-up carry a sentinel name, phone and door code; the requests go through the HQ (contacts shown,
 * a task with the contacts sent to the signed-up volunteer); then the relative erases their data (/privacy), the
 * volunteer leaves (/forget_me), an admin erases a caller's request (/erase), retention passes over a closed one, and
 * the store is scrubbed. After that no collection, no byte of the write-ahead log or the H2 file and no line of the
 * service's log holds a sentinel.
 */
@ExtendWith(OutputCaptureExtension.class)
class SentinelErasureIT {

    /** In every name typed: the beneficiary's, the caller's, the volunteer's. */
    static final String NAME = "Quartzfield";
    /** In every phone given: +7 916 555-73-xx, as stored (E.164) ... */
    static final String PHONE = "91655573";
    /** ... and as a person might see it formatted. */
    static final String PHONE_FORMATTED = "555-73-";
    /** The door code in the details. */
    static final String DOOR_CODE = "4471*58";

    private static final Set<String> SENTINELS = Set.of(NAME, PHONE, PHONE_FORMATTED, DOOR_CODE);
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final long GROUP = -100;
    /** The job that enforces every retention rule. */
    private static final Set<String> RETENTION_JOBS = Set.of("retention");

    @TempDir
    Path data;

    /** The whole promise: {@code /privacy}, {@code /forget_me}, {@code /erase}, retention and a scrub leave nothing. */
    @Test
    void afterErasureForgetMeEraseRetentionAndAScrubNoSentinelNorSecretIsLeftInTheStoreItsFilesOrTheLog(
            CapturedOutput log) throws Exception {
        assertThat(leftAfterErasure(log, true))
                .as("sentinels left after erasure and a scrub")
                .isEmpty();
    }

    /** Runs the scenario; returns where sentinels were found afterwards (none is the promise). */
    private Map<String, List<String>> leftAfterErasure(CapturedOutput log, boolean adminErase) throws Exception {
        Map<String, List<String>> found = new LinkedHashMap<>();
        Set<String> sentinels = new java.util.HashSet<>(SENTINELS);
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(
                        telegram,
                        data,
                        HqFixtures.ADMINS,
                        HqFixtures.FAST,
                        "together.intake.retention=1s",
                        "together.storage.embedded-scrub-after=2s")) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser olga = telegram.user(901, "Olga", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            FakeTelegramUser boris = telegram.user(2001, "Boris", "en");
            HqFixtures.makeCoordinator(admin, 901, "RU-MOW");
            HqFixtures.bind(telegram, GROUP, olga, "RU-MOW");

            signUpAsVolunteer(boris);
            FakeTelegramMessage approval =
                    telegram.awaitMessage(901, m -> m.text().contains("Boris " + NAME), WAIT);
            olga.pressData(
                    approval,
                    approval.button("✅ Одобрить / Approve").orElseThrow().data());
            boris.awaitReplyContaining("Your volunteer profile is approved");

            String annas = fileAsRelative(anna);
            takeShowContactsAndAssign(telegram, olga, boris, annas);
            String callersToErase = adminErase ? fileByOperator(admin, "Pavel " + NAME, "8 916 555-73-20") : null;
            String callersToRetain = fileByOperator(admin, "Vera " + NAME, "8 916 555-73-21");
            FakeTelegramMessage retainedCard = HqFixtures.awaitCard(telegram, GROUP, callersToRetain);
            HqFixtures.press(olga, retainedCard, "take", callersToRetain);
            telegram.awaitMessage(
                    GROUP, m -> m.text().contains("Taken by: Olga") && m.text().contains(callersToRetain), WAIT);
            HqFixtures.press(olga, retainedCard, "cont", callersToRetain);
            telegram.awaitMessage(
                    901, m -> m.text().contains(callersToRetain) && m.text().contains("555"), WAIT);
            HqFixtures.press(olga, retainedCard, "done", callersToRetain);
            telegram.awaitMessage(
                    GROUP,
                    m -> m.text().contains(callersToRetain) && m.text().contains("— done. Details removed."),
                    WAIT);

            sentinels.add(newApiKeySecret(admin));
            assertThat(inEveryCollection(service.bean(MongoClient.class), sentinels))
                    .as("before erasure the sentinels are found")
                    .containsKeys("together.requests " + requestId(service, annas), "together.volunteers 2001");
            // the relative erases their data
            anna.sendCommand("privacy");
            FakeTelegramMessage privacy = anna.awaitReply(m -> hasData(m, "m:forget"));
            anna.pressData(privacy, "m:forget");
            FakeTelegramMessage confirm = anna.awaitReply(m -> hasData(m, "m:forget:yes"));
            anna.pressData(confirm, "m:forget:yes");
            anna.awaitReply(m -> m.messageId() > confirm.messageId()
                    || m.text().toLowerCase().contains("deleted"));
            // the volunteer leaves
            boris.sendCommand("forget_me");
            boris.awaitReplyContaining("Delete your volunteer profile?");
            boris.press("Yes, delete");
            telegram.awaitMessage(boris.id(), m -> m.text().contains("your volunteer profile is deleted"), WAIT);
            // an admin erases a caller's request filed by an operator (/erase MOW-000123, audited), confirming it
            if (adminErase) {
                admin.sendCommand("erase " + callersToErase);
                admin.awaitReplyContaining("filed by an operator");
                admin.press("Yes, erase");
                telegram.awaitMessage(
                        admin.id(), m -> m.text().startsWith("Done: request No. " + callersToErase), WAIT);
            }
            // retention passes over the closed request (NEEDS POINT 5 for every other collection)
            Thread.sleep(1_500);
            runRetention(service);

            // the erasures asked for a scrub, which a checkpoint runs once due; then one more, now, for certain
            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> log.getAll().contains("Scrubbed the store"));
            StoreScrub.Scrubbed scrubbed =
                    service.bean(StoreScrub.class).scrubNow().orElseThrow();
            assertThat(scrubbed.zeroedBytes()).isPositive();
            found.putAll(inEveryCollection(service.bean(MongoClient.class), sentinels));
            found.putAll(inFile(data.resolve(EmbeddedMongo.LOG_FILE_NAME), sentinels));
            found.putAll(inFile(data.resolve(EmbeddedMongo.FILE_NAME), sentinels));
        }
        found.putAll(inFile(data.resolve(EmbeddedMongo.LOG_FILE_NAME), sentinels));
        found.putAll(inFile(data.resolve(EmbeddedMongo.FILE_NAME), sentinels));
        assertThat(log.getAll()).as("the service's log is captured").contains("Scrubbed the store");
        found.putAll(inText("service log", log.getAll(), sentinels));
        return found;
    }

    /**
     * An admin makes a CRM API key: the bot shows it once; returns its secret part, which must be found nowhere after
     * (the chat record keeps only a version of the message without it).
     */
    private static String newApiKeySecret(FakeTelegramUser admin) {
        admin.sendCommand("apikey RU-MOW");
        String shown = admin.awaitReplyContaining("It is shown only this once").text();
        java.util.regex.Matcher token =
                java.util.regex.Pattern.compile("wat_[0-9a-f]{12}_(\\S{43})").matcher(shown);
        assertThat(token.find()).as(shown).isTrue();
        return token.group(1);
    }

    private static Object requestId(RunningService service, String number) {
        return service.database()
                .getCollection("requests")
                .find(com.mongodb.client.model.Filters.eq("number", number))
                .first()
                .get("_id");
    }

    private static boolean hasData(FakeTelegramMessage m, String data) {
        return m.inlineButtons().stream().anyMatch(b -> b.data().equals(data));
    }

    private static void runRetention(RunningService service) throws Exception {
        for (Job job : service.beans(Job.class).values()) {
            if (RETENTION_JOBS.contains(job.name())) {
                job.run(RunningJobs.DIRECT_RUN);
            }
        }
    }

    private static void signUpAsVolunteer(FakeTelegramUser boris) {
        boris.sendCommand("volunteer");
        boris.awaitReplyContaining("What is your name?");
        boris.sendText("Boris " + NAME);
        boris.awaitReplyContaining("How old are you?");
        boris.sendText("34");
        boris.awaitReplyContaining("Your phone number?");
        boris.shareContact("+79165557322", true);
        boris.awaitReplyContaining("Which region");
        boris.sendText("Moscow");
        boris.awaitReplyContaining("The town or district");
        boris.sendText("Tverskoy");
        boris.awaitReplyContaining("Do you have any of these?");
        boris.press("Own car");
        boris.press("Done ✔️");
        boris.awaitReplyContaining("When does it suit you");
        boris.press("Weekends");
        boris.press("Done ✔️");
        boris.awaitReplyContaining("How many hours");
        boris.sendText("4");
        boris.awaitReplyContaining("Do you agree?");
        boris.press("Yes, I agree");
        boris.awaitReplyContaining("Please check your profile");
        boris.press("Send my profile");
        boris.awaitReplyContaining("Your profile has been sent");
    }

    private static String fileAsRelative(FakeTelegramUser anna) {
        RequestFiling.fileThroughTheDialog(
                anna,
                new RequestFiling.Answers(
                        "Zenobia " + NAME,
                        "8 (916) 555-73-19",
                        "Moscow, Tverskaya 7, flat 3",
                        "Medicines",
                        "Door code " + DOOR_CODE + ", please call first",
                        "Anna " + NAME,
                        "+79165557318"));
        return number(anna.awaitReplyContaining("MOW-").text());
    }

    private static String fileByOperator(FakeTelegramUser operator, String caller, String phone) {
        operator.sendCommand("call");
        operator.awaitReplyContaining("What is the caller's name?");
        operator.sendText(caller);
        operator.awaitReplyContaining("The caller's phone number?");
        operator.sendText(phone);
        operator.awaitReplyContaining("Who needs help?");
        operator.press("The caller");
        operator.awaitReplyContaining("How old is the person");
        operator.press("65 or older");
        operator.awaitReplyContaining("Region?");
        operator.sendText("Москва");
        operator.awaitReplyContaining("The town and address");
        operator.sendText("Moscow, Lesnaya St 5");
        operator.awaitReplyContaining("What is needed?");
        operator.press("Medicines");
        operator.press("Done ✔️");
        operator.awaitReplyContaining("How urgent?");
        operator.press("Today");
        operator.awaitReplyContaining("Details");
        operator.sendText("Door code " + DOOR_CODE);
        operator.awaitReplyContaining("Did the caller agree?");
        operator.press("Yes, agreed");
        operator.awaitReplyContaining("Check and send:");
        operator.press("Send the request");
        return number(operator.awaitReply(m -> m.text().contains("read it out to the caller"))
                .text());
    }

    /** Olga takes the request, has its contacts shown and sends the task (with the contacts) to Boris, who accepts. */
    private static void takeShowContactsAndAssign(
            FakeTelegram telegram, FakeTelegramUser olga, FakeTelegramUser boris, String number) {
        FakeTelegramMessage card = HqFixtures.awaitCard(telegram, GROUP, number);
        HqFixtures.press(olga, card, "take", number);
        telegram.awaitMessage(
                GROUP, m -> m.text().contains("Taken by: Olga") && m.text().contains(number), WAIT);
        HqFixtures.press(olga, card, "cont", number);
        telegram.awaitMessage(
                olga.id(), m -> m.text().contains(number) && m.text().contains("555"), WAIT);
        HqFixtures.press(olga, card, "vol", number);
        FakeTelegramMessage list =
                telegram.awaitMessage(olga.id(), m -> m.text().contains("Whom to offer request No. " + number), WAIT);
        olga.pressData(list, "t:offer:" + number + ":" + boris.id());
        FakeTelegramMessage task = boris.awaitReplyContaining("Task for request No. " + number);
        assertThat(task.text()).contains(PHONE_FORMATTED.substring(0, 3)).contains(DOOR_CODE);
        boris.pressData(task, dataStartingWith(task, "t:acc:"));
        telegram.awaitMessage(
                GROUP, m -> m.text().contains("accepted") && m.text().contains(number), WAIT);
    }

    private static String dataStartingWith(FakeTelegramMessage message, String prefix) {
        return message.inlineButtons().stream()
                .map(FakeTelegramMessage.Button::data)
                .filter(d -> d.startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + " button under " + message));
    }

    private static String number(String text) {
        java.util.regex.Matcher number =
                java.util.regex.Pattern.compile("MOW-\\d{6}").matcher(text);
        assertThat(number.find()).as(text).isTrue();
        return number.group();
    }

    /** Every document of every collection of every database, as JSON. */
    private static Map<String, List<String>> inEveryCollection(MongoClient client, Set<String> sentinels) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String database : client.listDatabaseNames()) {
            for (String collection : client.getDatabase(database).listCollectionNames()) {
                for (Document document :
                        client.getDatabase(database).getCollection(collection).find()) {
                    found.putAll(inText(
                            database + "." + collection + " " + document.get("_id"), document.toJson(), sentinels));
                }
            }
        }
        return found;
    }

    private static Map<String, List<String>> inFile(Path file, Set<String> sentinels) throws IOException {
        if (!Files.exists(file)) {
            return Map.of();
        }
        return inText(
                file.getFileName().toString(),
                new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1),
                sentinels);
    }

    /** Which sentinels the text holds, each with a little of what surrounds it. */
    private static Map<String, List<String>> inText(String where, String text, Set<String> sentinels) {
        List<String> hits = new ArrayList<>();
        for (String sentinel : sentinels) {
            for (int at = text.indexOf(sentinel); at >= 0; at = text.indexOf(sentinel, at + 1)) {
                hits.add(text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60))
                        .replaceAll("[^\\p{Print}]", "."));
            }
        }
        return hits.isEmpty() ? Map.of() : Map.of(where, hits);
    }
}
