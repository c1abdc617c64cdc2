package org.wearetogether.bench;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;

/**
 * The help-request dialog as a relative completes it in English (the flow of {@code RequestHelpIT}): each step is one
 * input and the reply that ends it. A button is pressed on the message that ended the previous step.
 */
public final class HelpRequestScript {

    /** One input of the person and the bot's reply that answers it. */
    public record Step(String name, Input input, Predicate<FakeTelegramMessage> reply) {}

    /** What the person sends, given the bot's message that ended the previous step (null before the first). */
    public interface Input {
        long send(FakeTelegramUser user, FakeTelegramMessage previous);
    }

    public static final List<Step> STEPS = List.of(
            step("start", (u, p) -> u.sendCommand("start"), "What would you like to do?"),
            step("for_whom", press("👵 Help for a relative or neighbour"), "What is the name of the person"),
            step("beneficiary_name", text("Maria Ivanovna"), "How old is Maria Ivanovna?"),
            step("age_group", press("65 or older"), "What phone number"),
            // each person files for someone else: the same phone would be asked "add to the open request?"
            step("beneficiary_phone", (u, p) -> u.sendText(typedPhoneOf(u.id())), "Which region"),
            step("region", text("Питер"), "The town and address"),
            step("address", text("Saint Petersburg, Nevsky pr. 1, flat 2"), "What is needed?"),
            new Step("needs_1", press("Groceries and essentials"), ticked(1)),
            new Step("needs_2", press("Medicines"), ticked(2)),
            step("needs_done", press("Done ✔️"), "How urgently"),
            step("urgency", press("Today"), "Anything else"),
            step("details", text("Door code 12, please call first"), "what is your name?"),
            step("requester_name", text("Anna"), "Your phone number?"),
            step("requester_phone", (u, p) -> u.shareContact("+79031234567", true), "Do you agree?"),
            step("consent", press("Yes, I agree"), "Please check."),
            step("submit", press("Send the request"), "SPE-"));

    /** Steps up to and including the region: a person who stops there holds a dialog at the address step. */
    static final int MID_DIALOG = 6;

    private HelpRequestScript() {}

    /** The beneficiary's phone the person with this Telegram id types: {@code 8 (916) 123-45-67} for id 1234567. */
    public static String typedPhoneOf(long userId) {
        String digits = String.format("%07d", Math.floorMod(userId, 10_000_000L));
        return "8 (916) " + digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
    }

    /** The answers the script's request stores, exactly: those below with the requester's own beneficiary phone. */
    public static Map<String, Object> expectedAnswers(org.bson.Document request) {
        long userId =
                Long.parseLong(request.get("requester", org.bson.Document.class).getString("userId"));
        Map<String, Object> answers = new java.util.HashMap<>(expectedAnswers());
        answers.put("beneficiary_phone", "+7916" + String.format("%07d", Math.floorMod(userId, 10_000_000L)));
        return answers;
    }

    /** The answers a finished dialog stores, exactly, for the phone {@code 8 (916) 123-45-67}. */
    public static Map<String, Object> expectedAnswers() {
        return Map.ofEntries(
                Map.entry("for_whom", "relative"),
                Map.entry("beneficiary_name", "Maria Ivanovna"),
                Map.entry("age_group", "age_65_plus"),
                Map.entry("beneficiary_phone", "+79161234567"),
                Map.entry("region", "RU-SPE"),
                Map.entry("address", "Saint Petersburg, Nevsky pr. 1, flat 2"),
                Map.entry("needs", List.of("groceries", "medicines")),
                Map.entry("urgency", "today"),
                Map.entry("details", "Door code 12, please call first"),
                Map.entry("requester_name", "Anna"),
                Map.entry("requester_phone", "+79031234567"),
                Map.entry("consent_for_relative", "2026-12-08"));
    }

    private static Step step(String name, Input input, String replyContains) {
        return new Step(name, input, m -> m.text().contains(replyContains));
    }

    private static Input text(String text) {
        return (u, p) -> u.sendText(text);
    }

    private static Input press(String label) {
        return (u, p) -> u.pressData(
                p,
                p.button(label)
                        .orElseThrow(() -> new IllegalStateException("no button '" + label + "' on " + p))
                        .data());
    }

    private static Predicate<FakeTelegramMessage> ticked(int count) {
        return m -> m.inlineButtons().stream()
                        .filter(b -> b.label().startsWith("✅"))
                        .count()
                >= count;
    }
}
