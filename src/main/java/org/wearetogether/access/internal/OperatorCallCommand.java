package org.wearetogether.access.internal;

import java.util.List;
import java.util.Optional;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.StaffCommand;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;

/**
 * {@code /call}: a hotline operator (or an admin) files a request for a caller through the same questions
 * ({@code dialogs/operator-call.yaml}); anyone else is told politely that the command is for operators.
 */
final class OperatorCallCommand implements StaffCommand {

    static final String DIALOG = "operator_call";
    private static final Texts DESCRIPTION =
            Texts.of("Заявка по звонку (для операторов)", "Request from a call (operators)");
    private static final Texts OPERATORS_ONLY = Texts.of(
            "Эта команда — для операторов горячей линии. Чтобы попросить о помощи, нажмите /start.",
            "This command is for hotline operators. To ask for help, press /start.");

    private final Roles roles;

    OperatorCallCommand(Roles roles) {
        this.roles = roles;
    }

    @Override
    public Description description() {
        return new Description("call", DESCRIPTION);
    }

    @Override
    public Optional<String> dialogFor(Person person) {
        boolean operator =
                person.userId() != null && (roles.isOperator(person.userId()) || roles.isAdmin(person.userId()));
        return operator ? Optional.of(DIALOG) : Optional.empty();
    }

    @Override
    public List<Reply> run(Person person, String language, String args) {
        return List.of(Reply.Message.plain(OPERATORS_ONLY.in(language)));
    }
}
