package org.wearetogether.hq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.dialog.Texts;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.intake.SamePerson;
import org.wearetogether.tasks.Task;
import org.wearetogether.tasks.TaskState;
import org.wearetogether.tasks.Tasks;

/**
 * The consent texts and the HQ card side by side: the card shows exactly the fields the consent texts list as what
 * "everyone else in the HQ chat sees", and nothing personal.
 */
class ConsentAndCardTest {

    /** Each phrase of the consent's list, and the card lines that show it. */
    private static final Map<String, List<Texts>> CARD_LINES_OF = Map.ofEntries(
            Map.entry("номер просьбы", List.of(HqTexts.CARD_TITLE)),
            Map.entry("что нужно", List.of(HqTexts.NEEDS)),
            Map.entry("срочность", List.of(HqTexts.URGENCY)),
            Map.entry("регион", List.of(HqTexts.REGION)),
            Map.entry("возраст", List.of(HqTexts.AGE_GROUP)),
            Map.entry("статус", List.of(HqTexts.STATUS)),
            Map.entry("кто ею занимается", List.of(HqTexts.HOLDER, HqTexts.VOLUNTEER_LINE)),
            Map.entry("номер более ранней открытой просьбы на тот же телефон", List.of(HqTexts.SAME_PERSON)),
            Map.entry("отметка «Безопасность» при признаках опасности", List.of(HqTexts.SAFETY)),
            Map.entry("the request number", List.of(HqTexts.CARD_TITLE)),
            Map.entry("what is needed", List.of(HqTexts.NEEDS)),
            Map.entry("the urgency", List.of(HqTexts.URGENCY)),
            Map.entry("the region", List.of(HqTexts.REGION)),
            Map.entry("the age group", List.of(HqTexts.AGE_GROUP)),
            Map.entry("the status", List.of(HqTexts.STATUS)),
            Map.entry("who is on it", List.of(HqTexts.HOLDER, HqTexts.VOLUNTEER_LINE)),
            Map.entry("the number of an earlier open request for the same phone", List.of(HqTexts.SAME_PERSON)),
            Map.entry("a safety mark when the answers suggest danger", List.of(HqTexts.SAFETY)));

    /** Lines that start with their label and go on with a number, not "Label: value". */
    private static final List<Texts> NUMBERED_LINES = List.of(HqTexts.CARD_TITLE, HqTexts.SAME_PERSON);

    /** The personal data the consent texts keep from the group, each as the words they use for it. */
    private static final Map<String, List<String>> WITHHELD = Map.of(
            "ru",
            List.of("им", "телефон", "адрес", "подробности"),
            "en",
            List.of("name", "phone", "address", "details"));

    private static final Pattern SEES_ONLY = Pattern.compile("(?:видят только|sees only):\\s*([^.]+)");
    private static final Pattern SEES_ALL =
            Pattern.compile("(?m)^.*(?:Кто видит|Who sees it|увидят только|will see).*$");

    private static final String NAME = "Zinaida Sentinelova";
    private static final String PHONE = "+79990001122";
    private static final String ADDRESS = "Sentinel street 13, flat 7";
    private static final String DOOR = "door code 4321K";
    private static final String REQUESTER = "Requesterina Sentinel";
    private static final String REQUESTER_PHONE = "+79990003344";

    @Test
    void theCardShowsExactlyWhatEveryConsentTextPromisesTheGroupAndNoPersonalData() throws IOException {
        List<ConsentText> texts = consentTexts();
        assertThat(texts)
                .as("two consent steps in request-help, one in operator-call, each in ru and en")
                .hasSize(6);
        CardView view = new CardView(
                org.wearetogether.testing.FixedRegions.none(),
                OptionNames.from(new DialogFolder(Path.of("dialogs"))),
                new OneTask());

        for (ConsentText consent : texts) {
            Set<String> promised = promisedFields(consent);
            assertThat(CARD_LINES_OF.keySet())
                    .as("every field %s lists is known to this test", consent)
                    .containsAll(promised);
            Set<String> expectedLabels = new LinkedHashSet<>();
            promised.forEach(p -> CARD_LINES_OF.get(p).forEach(t -> expectedLabels.add(label(t, consent.language))));

            for (HelpRequest request : List.of(
                    request(RequestStatus.SUBMITTED, null, null),
                    request(RequestStatus.VOLUNTEER_ASSIGNED, coordinator(), null))) {
                String card = view.card(request, consent.language, null).text();
                assertThat(labels(card, consent.language))
                        .as("the lines of a %s card against %s", request.status(), consent)
                        .isSubsetOf(expectedLabels);
                assertNoSentinel(card);
            }
            String taken = view.card(request(RequestStatus.VOLUNTEER_ASSIGNED, coordinator(), null), consent.language)
                    .text();
            assertThat(labels(taken, consent.language))
                    .as("a taken card shows every field %s promises", consent)
                    .containsExactlyInAnyOrderElementsOf(expectedLabels);

            String whoSees = line(SEES_ALL, consent.text);
            assertThat(WITHHELD.get(consent.language))
                    .as("%s names what the group does not see", consent)
                    .allSatisfy(word -> assertThat(whoSees.toLowerCase()).contains(word));
        }

        String closed = view.card(
                        request(RequestStatus.CANNOT_FULFIL, coordinator(), "Zinaida at " + PHONE + ", " + DOOR), "en")
                .text();
        assertThat(closed).isEqualTo("Request No. MOW-000007 — could not be fulfilled. Details removed.");
        String closedWithPreset = view.card(
                        request(
                                RequestStatus.CANNOT_FULFIL,
                                coordinator(),
                                Reasons.ALL.get("novol").in("ru")),
                        "en")
                .text();
        assertThat(closedWithPreset)
                .isEqualTo("Request No. MOW-000007 — could not be fulfilled (no volunteers are available). Details"
                        + " removed.");
    }

    private record ConsentText(String file, String step, String language, String text) {
        @Override
        public String toString() {
            return file + " " + step + " (" + language + ")";
        }
    }

    private static List<ConsentText> consentTexts() throws IOException {
        List<ConsentText> found = new ArrayList<>();
        for (String file : List.of("request-help.yaml", "operator-call.yaml")) {
            JsonNode steps = new ObjectMapper(new YAMLFactory())
                    .readTree(Path.of("dialogs", file).toFile())
                    .path("steps");
            steps.properties().forEach(step -> {
                if (step.getValue().has("consent")) {
                    for (String language : List.of("ru", "en")) {
                        found.add(new ConsentText(
                                file,
                                step.getKey(),
                                language,
                                step.getValue().path("ask").path(language).asText()));
                    }
                }
            });
        }
        return found;
    }

    /** The phrases after "… sees only:", split at commas and the last "and". */
    private static Set<String> promisedFields(ConsentText consent) {
        Matcher m = SEES_ONLY.matcher(consent.text);
        assertThat(m.find()).as("%s says what everyone else sees", consent).isTrue();
        String list = m.group(1).strip();
        Set<String> fields = new LinkedHashSet<>();
        for (String part : list.split(",\\s*")) {
            Arrays.stream(part.split("\\s+(?:и|and)\\s+(?=(?:the |кто |who |номер ))|^(?:и|and)\\s+"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .forEach(fields::add);
        }
        return fields;
    }

    private static String line(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).isTrue();
        return m.group();
    }

    /** The labels of a card's lines: "Label: value", and the title for the number. */
    private static Set<String> labels(String card, String language) {
        Set<String> labels = new LinkedHashSet<>();
        for (String line : card.split("\n")) {
            var numbered = NUMBERED_LINES.stream()
                    .map(t -> label(t, language))
                    .filter(line::startsWith)
                    .findFirst();
            if (numbered.isPresent()) {
                labels.add(numbered.get());
            } else {
                int colon = line.indexOf(": ");
                labels.add(colon < 0 ? line : line.substring(0, colon));
            }
        }
        return labels;
    }

    private static String label(Texts text, String language) {
        String words = text.in(language);
        return NUMBERED_LINES.contains(text) ? words.replace(" %s", "") : words;
    }

    private static void assertNoSentinel(String card) {
        assertThat(card)
                .doesNotContain("Zinaida")
                .doesNotContain("Sentinel")
                .doesNotContain("9990001122")
                .doesNotContain("9990003344")
                .doesNotContain("4321")
                .doesNotContain("Requesterina");
    }

    private static Actor coordinator() {
        return new Actor(Actor.Role.COORDINATOR, "901", "Olga");
    }

    private static HelpRequest request(RequestStatus status, Actor holder, String reason) {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        return new HelpRequest(
                "MOW-000007",
                status,
                reason,
                holder,
                "RU-MOW",
                HelpRequest.ForWhom.RELATIVE,
                new HelpRequest.Requester("telegram:1", "1", REQUESTER, REQUESTER_PHONE, "en"),
                new HelpRequest.Beneficiary(NAME, "age_65_plus", PHONE),
                new HelpRequest.Address(ADDRESS, null, null),
                List.of("groceries"),
                "today",
                DOOR + ", " + NAME + " is deaf, call " + REQUESTER_PHONE,
                new HelpRequest.Consent("2026-12-07", now, false),
                // filed anyway although the same phone had an open request: the card names that one's number
                Map.of(
                        "beneficiary_name",
                        NAME,
                        "details",
                        DOOR,
                        SamePerson.ANSWER_KEY,
                        "MOW-000003",
                        // the requester was told to call 112: the card carries the safety mark, never the words
                        org.wearetogether.dialog.Emergency.ANSWER_KEY,
                        org.wearetogether.dialog.Emergency.DANGER_WORDS.name()),
                new HelpRequest.Source("telegram", "c1", "request_help", 1, null),
                now,
                now,
                1);
    }

    /** The request's volunteer: Ivan, accepted. */
    private static final class OneTask implements Tasks {
        @Override
        public Optional<Task> current(String number) {
            Instant now = Instant.parse("2026-11-25T10:00:00Z");
            return Optional.of(new Task(
                    "abcdefghijkm",
                    number,
                    "RU-MOW",
                    TaskState.ACCEPTED,
                    "777",
                    "telegram:777",
                    "Ivan",
                    "en",
                    "901",
                    "telegram:901",
                    "en",
                    null,
                    now,
                    null,
                    now));
        }

        @Override
        public Picking sendPicker(String number, String userId, String chatKey, String language) {
            return Picking.NOT_ALLOWED;
        }

        @Override
        public Ranking candidates(String number, org.wearetogether.access.Staff staff, int limit) {
            return new NotAllowed();
        }

        @Override
        public Offering offer(String number, String volunteerUserId, org.wearetogether.access.Staff staff) {
            return new NotAllowed();
        }
    }
}
