package org.wearetogether.intake.internal;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import org.springframework.context.ApplicationEventPublisher;
import org.wearetogether.chat.Pseudonyms;
import org.wearetogether.datafiles.DialogFolder;

/** The duplicate catching of the running service, on a test database. */
final class DuplicateCatching {

    static final Pseudonyms PSEUDONYMS = Pseudonyms.fromSecret("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");

    final MongoRequestsByPhone byPhone;
    final MongoRequestNotes notes;
    final CatchingDuplicates catching;

    DuplicateCatching(MongoDatabase database, ApplicationEventPublisher events) {
        this.byPhone = new MongoRequestsByPhone(database, new BeneficiaryPhones(PSEUDONYMS));
        this.notes = new MongoRequestNotes(database, events);
        DialogFolder dialogs = new DialogFolder(Path.of("dialogs"));
        this.catching =
                new CatchingDuplicates(byPhone, notes, NeedNames.from(dialogs), ChoiceNames.from(dialogs), PSEUDONYMS);
    }
}
