package org.wearetogether.chat.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import org.wearetogether.chat.BlockedChats;
import org.wearetogether.chat.People;
import org.wearetogether.dialog.Person;

/** Finds people by the {@code person} the chat records keep; only private chats (chat id = user id) count. */
@Repository
class MongoPeople implements People, BlockedChats {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_]{3,64}");

    private final MongoCollection<Document> chats;

    MongoPeople(MongoDatabase database) {
        this.chats = database.getCollection("chats");
    }

    @Override
    public Optional<Person> byUsername(String username) {
        String name = username.startsWith("@") ? username.substring(1) : username;
        if (!USERNAME.matcher(name).matches()) {
            return Optional.empty();
        }
        // the name is checked above, so it is safe inside a pattern
        Pattern exact = Pattern.compile("^" + name + "$", Pattern.CASE_INSENSITIVE);
        for (Document chat : chats.find(Filters.regex("person.username", exact))
                .sort(Sorts.descending("updatedAt"))
                .limit(20)) {
            Document person = chat.get("person", Document.class);
            if (person != null && String.valueOf(person.get("chat")).equals(String.valueOf(person.get("user")))) {
                return Optional.of(new Person(
                        person.getString("ch"),
                        person.getString("chat"),
                        person.getString("user"),
                        person.getString("first"),
                        person.getString("username")));
            }
        }
        return Optional.empty();
    }

    @Override
    public java.util.Set<String> among(java.util.Collection<String> chatKeys) {
        java.util.Set<String> blocked = new java.util.HashSet<>();
        if (chatKeys.isEmpty()) {
            return blocked;
        }
        var filter = Filters.and(Filters.in("_id", chatKeys), Filters.exists("unreachableSince"));
        for (Document chat : chats.find(filter).projection(new Document("_id", 1))) {
            blocked.add(chat.getString("_id"));
        }
        return blocked;
    }
}
