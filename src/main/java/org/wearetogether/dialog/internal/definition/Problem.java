package org.wearetogether.dialog.internal.definition;

/** One thing wrong in a dialog file: about a step, or about the whole file when {@code step} is null. */
record Problem(String step, String message) {

    static Problem ofFile(String message) {
        return new Problem(null, message);
    }

    static Problem ofStep(String step, String message) {
        return new Problem(step, message);
    }

    String describe(String fileName) {
        return step == null ? fileName + ": " + message : fileName + ", step '" + step + "': " + message;
    }
}
