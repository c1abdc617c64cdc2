package org.wearetogether.exports.internal;

/** What every format does to a text cell. */
final class Cells {

    private Cells() {}

    /**
     * Whether a spreadsheet could read the text as a formula (or, after a tab or carriage return, as the start of
     * one): OWASP's list for CSV injection.
     */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    static String text(Object cell) {
        return cell == null ? "" : cell.toString();
    }
}
