package org.wearetogether.intake.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.wearetogether.chat.DialogGate;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;

/**
 * How many open requests one person may have at once. Checked when the person starts the request dialog, so that
 * nobody answers every question for nothing, and again at submit ({@link SubmittingHelpRequest}), because two
 * dialogs may run side by side (two phones, an old summary). Hotline operators filing for callers ({@code /call},
 * the {@code operator_call} dialog) are not limited: each of their requests is somebody else's.
 */
final class OpenRequestsCap implements DialogGate {

    /** The one dialog by which people ask for help for themselves or a relative. */
    static final String REQUEST_HELP = "request_help";

    private static final Texts TOO_MANY = Texts.of("""
            У вас уже есть открытые просьбы: %s. Новую можно оставить, когда одна из них будет выполнена или \
            отменена — так волонтёры успевают помочь всем.

            Если нужно срочно или что-то изменилось, позвоните, пожалуйста, на горячую линию: %s. \
            Посмотреть свои просьбы: /requests""", """
            You already have open requests: %s. You can leave a new one once one of them is done or cancelled; \
            this way volunteers can help everyone.

            If it is urgent or something has changed, please call the hotline: %s. To see your requests: /requests""");

    private final MongoHelpRequests requests;
    private final int maxOpen;
    private final String hotline;

    OpenRequestsCap(MongoHelpRequests requests, int maxOpen, String hotline) {
        this.requests = requests;
        this.maxOpen = maxOpen;
        this.hotline = hotline;
    }

    @Override
    public Optional<List<Reply>> refuse(Person person, String dialogId, String language) {
        return REQUEST_HELP.equals(dialogId) ? refusal(person.chatKey(), language) : Optional.empty();
    }

    /** The kind answer naming the open requests when the person has as many as allowed; empty otherwise. */
    Optional<List<Reply>> refusal(String chatKey, String language) {
        List<String> open = requests.openNumbersOf(chatKey, maxOpen);
        if (open.size() < maxOpen) {
            return Optional.empty();
        }
        String numbers = open.stream().map(n -> "№ " + n).collect(Collectors.joining(", "));
        return Optional.of(List.of(Reply.Message.plain(TOO_MANY.in(language).formatted(numbers, hotline))));
    }
}
