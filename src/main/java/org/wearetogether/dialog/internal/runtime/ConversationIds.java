package org.wearetogether.dialog.internal.runtime;

import java.security.SecureRandom;

/** Short random conversation ids: 8 characters base 36, unguessable enough to bind buttons to a conversation. */
final class ConversationIds {

    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ConversationIds() {}

    static String next() {
        char[] id = new char[8];
        for (int i = 0; i < id.length; i++) {
            id[i] = DIGITS.charAt(RANDOM.nextInt(DIGITS.length()));
        }
        return new String(id);
    }
}
