package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.wearetogether.intake.CodeWords.Issued;

class CodeWordsTest {

    private static final Instant FILED = Instant.parse("2026-11-25T10:00:00Z");
    private static final InMemoryMongo mongo = new InMemoryMongo();

    private final MongoDatabase database = mongo.freshDatabase();
    private final MongoHelpRequests requests = new MongoHelpRequests(database);
    private final MongoCodeWords codeWords = new MongoCodeWords(database, CodeWordList.shipped());

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void theFirstTaskKeepsTheWordGivenAtFilingAndNobodyElseSeesIt() {
        String filed = file("a1");

        assertThat(codeWords.ofTask("MOW-000001", "t1")).isEmpty();
        assertThat(codeWords.issueFor("MOW-000001", "t1", true)).contains(new Issued(filed, false));
        assertThat(codeWords.ofTask("MOW-000001", "t1")).contains(filed);
        assertThat(codeWords.ofTask("MOW-000001", "t2")).isEmpty();
    }

    @Test
    void everyLaterTaskGetsANewWordOnceAndTheEarlierTaskNoLongerSeesAny() {
        String filed = file("a1");
        codeWords.issueFor("MOW-000001", "t1", true);

        Issued second = codeWords.issueFor("MOW-000001", "t2", false).orElseThrow();
        Issued again = codeWords.issueFor("MOW-000001", "t2", false).orElseThrow();

        assertThat(second.renewed()).isTrue();
        assertThat(second.word()).isNotEqualTo(filed);
        assertThat(again).isEqualTo(new Issued(second.word(), false));
        assertThat(codeWords.current("MOW-000001")).contains(second.word());
        assertThat(codeWords.ofTask("MOW-000001", "t1")).isEmpty();
    }

    @Test
    void aSecondTaskGetsANewWordEvenWhenTheFirstNeverBoundIt() {
        String filed = file("a1");

        Issued issued = codeWords.issueFor("MOW-000001", "t2", false).orElseThrow();

        assertThat(issued.renewed()).isTrue();
        assertThat(issued.word()).isNotEqualTo(filed);
    }

    @Test
    void theRequestRecordThatCardsContactsAndTheCrmApiAreBuiltFromNeverCarriesTheWord() {
        String word = file("a1");
        codeWords.issueFor("MOW-000001", "t1", true);

        assertThat(requests.byNumber("MOW-000001").orElseThrow().toString()).doesNotContain(word);
        assertThat(org.wearetogether.intake.HelpRequest.class.getRecordComponents())
                .noneMatch(c -> c.getName().toLowerCase(java.util.Locale.ROOT).contains("word"));
    }

    @Test
    void aRenewedWordStaysUntoldUntilTheRequesterIsToldThatVeryWord() {
        String filed = file("a1");
        codeWords.issueFor("MOW-000001", "t1", true);
        assertThat(codeWords.untold(10)).isEmpty();

        String renewed =
                codeWords.issueFor("MOW-000001", "t2", false).orElseThrow().word();
        codeWords.told("MOW-000001", filed);

        assertThat(codeWords.untold(10)).containsExactly("MOW-000001");
        codeWords.told("MOW-000001", renewed);
        assertThat(codeWords.untold(10)).isEmpty();
        codeWords.issueFor("MOW-000001", "t3", false);
        requests.eraseOne("MOW-000001", "REQUESTER", FILED.plusSeconds(60), "anon-x");
        assertThat(codeWords.untold(10)).isEmpty();
        assertThat(database.getCollection("requests").find().first()).doesNotContainKey("codeWordUntold");
    }

    @Test
    void forgettingTheRequesterRemovesTheWord() {
        file("a1");
        codeWords.issueFor("MOW-000001", "t1", true);

        requests.eraseOne("MOW-000001", "REQUESTER", FILED.plusSeconds(60), "anon-x");

        assertThat(codeWords.current("MOW-000001")).isEmpty();
        assertThat(codeWords.issueFor("MOW-000001", "t2", false)).isEmpty();
        Document stored = database.getCollection("requests").find().first();
        assertThat(stored).doesNotContainKeys("codeWord", "codeWordTask");
    }

    @Test
    void retentionRemovesTheWordOfAClosedRequest() {
        file("a1");
        database.getCollection("requests")
                .updateOne(new Document("number", "MOW-000001"), new Document("$set", new Document("status", "DONE")));

        for (String number : requests.closedWithPersonalDataBefore(Instant.now().plusSeconds(3600), 10)) {
            requests.eraseOne(number, "RETENTION", Instant.now(), "anon-test");
        }

        assertThat(database.getCollection("requests").find().first()).doesNotContainKeys("codeWord", "codeWordTask");
        assertThat(codeWords.atFiling("MOW-000001")).isEmpty();
    }

    @Test
    void wordsAreInTheRequestersLanguageAndSpreadOverTheList() {
        requests.submit(RequestAnswers.draft(Submissions.forMe("o1", "RU-MOW"), FILED));
        CodeWordList list = CodeWordList.shipped();
        Set<String> seen = new HashSet<>();
        IntStream.range(0, 200).forEach(i -> seen.add(list.pick("en", null)));

        assertThat(list.contains("en", codeWords.atFiling("MOW-000001").orElseThrow()))
                .isTrue();
        assertThat(seen).hasSizeGreaterThan(60).allMatch(w -> list.contains("en", w));
        assertThat(list.pick("de", null)).matches(w -> list.contains("ru", w));
    }

    @Test
    void theShippedListKeepsItsOwnRules() {
        CodeWordList list = CodeWordList.shipped();

        assertThat(list.size("ru")).isGreaterThanOrEqualTo(CodeWordList.MIN_WORDS);
        assertThat(list.size("en")).isGreaterThanOrEqualTo(CodeWordList.MIN_WORDS);
    }

    @Test
    void aBrokenListIsRefusedWithTheReason() {
        List<String> words = new ArrayList<>(CodeWordList.shipped().words("ru"));
        assertThatThrownBy(() -> new CodeWordList(Map.of("ru", words.subList(0, 10))))
                .hasMessageContaining("at least 100");
        List<String> twice = new ArrayList<>(words);
        twice.set(1, twice.get(0));
        assertThatThrownBy(() -> new CodeWordList(Map.of("ru", twice))).hasMessageContaining("twice");
        List<String> spaced = new ArrayList<>(words);
        spaced.set(0, "два слова");
        assertThatThrownBy(() -> new CodeWordList(Map.of("ru", spaced))).hasMessageContaining("lower-case letters");
        List<String> yo = new ArrayList<>(words);
        yo.set(0, "самолёт");
        assertThatThrownBy(() -> new CodeWordList(Map.of("ru", yo))).hasMessageContaining("ё");
        assertThatThrownBy(
                        () -> CodeWordList.read(new ByteArrayInputStream("ru: [a]".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("format: 1");
    }

    private String file(String conversation) {
        requests.submit(RequestAnswers.draft(Submissions.forRelative(conversation), FILED));
        return codeWords.atFiling("MOW-000001").orElseThrow();
    }
}
