package org.wearetogether.intake.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wearetogether.dialog.DialogAction.Submission;
import org.wearetogether.dialog.Person;

/** Submissions of {@code request-help.yaml} as the engine hands them over. */
final class Submissions {

    static final Instant SUBMITTED_AT = Instant.parse("2026-11-25T09:30:00Z");
    static final Person ANNA = new Person("telegram", "1001", "1001", "Anna", "anna");
    static final Person OLEG = new Person("telegram", "2002", "2002", "Oleg", null);

    private Submissions() {}

    /** Anna asks for her mother in Moscow. */
    static Submission forRelative(String conversationId) {
        return submission(ANNA, conversationId, "ru", relativeAnswers("RU-MOW"));
    }

    static Map<String, Object> relativeAnswers(String region) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("for_whom", "relative");
        answers.put("beneficiary_name", "Мария Ивановна");
        answers.put("age_group", "age_65_plus");
        answers.put("beneficiary_phone", "+79161234567");
        answers.put("region", region);
        answers.put("address", "Химки, ул. Мира, д. 3, кв. 12");
        answers.put("needs", List.of("groceries", "medicines"));
        answers.put("urgency", "today");
        answers.put("details", "Домофон 12, третий этаж");
        answers.put("requester_name", "Анна");
        answers.put("requester_phone", "+79035556677");
        answers.put("consent_for_relative", "2026-11-25");
        return answers;
    }

    /** Oleg asks for himself, shares a location and skips the details. */
    static Submission forMe(String conversationId, String region) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("for_whom", "me");
        answers.put("beneficiary_name", "Олег");
        answers.put("age_group", "reduced_mobility");
        answers.put("beneficiary_phone", "+79260001122");
        answers.put("region", region);
        answers.put("address", "geo:59.9386,30.3141");
        answers.put("needs", List.of("pet_care"));
        answers.put("urgency", "this_week");
        answers.put("consent", "2026-11-25");
        return submission(OLEG, conversationId, "en", answers);
    }

    /** Operator Olga files a call from Pavel for his neighbour Nina. */
    static Submission operatorCall(String conversationId) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("requester_name", "Павел");
        answers.put("requester_phone", "+79057778899");
        answers.put("for_whom", "relative");
        answers.put("beneficiary_name", "Нина");
        answers.put("beneficiary_phone", "+79168887766");
        answers.put("age_group", "age_65_plus");
        answers.put("region", "RU-MOW");
        answers.put("address", "Москва, ул. Лесная, д. 5");
        answers.put("needs", List.of("medicines"));
        answers.put("urgency", "today");
        answers.put("consent", "2026-11-25-verbal");
        return new Submission("operator_call", 1, conversationId, OLGA, "ru", answers, SUBMITTED_AT);
    }

    static final Person OLGA = new Person("telegram", "3003", "3003", "Olga", "olga_operator");

    static Submission submission(Person person, String conversationId, String language, Map<String, Object> answers) {
        return new Submission("request_help", 1, conversationId, person, language, answers, SUBMITTED_AT);
    }

    /** The same submission with one answer changed. */
    static Submission withAnswer(Submission s, String key, Object value) {
        Map<String, Object> answers = new java.util.HashMap<>(s.answers());
        answers.put(key, value);
        return new Submission(
                s.dialogId(),
                s.dialogVersion(),
                s.conversationId(),
                s.person(),
                s.language(),
                answers,
                s.submittedAt());
    }
}
