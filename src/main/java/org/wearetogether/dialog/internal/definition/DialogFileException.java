package org.wearetogether.dialog.internal.definition;

import java.util.List;

/**
 * A dialog file cannot be used. The message starts with the first problem, naming the file and the step
 * ({@code request-help.yaml, step 'region': next step 'adress' does not exist}); further problems follow, one a line.
 */
public final class DialogFileException extends org.wearetogether.datafiles.DataFileException {

    private final String fileName;
    private final List<String> problems;

    public DialogFileException(String fileName, List<String> problems) {
        super(String.join("\n", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A broken file needs at least one problem");
        }
        this.fileName = fileName;
        this.problems = List.copyOf(problems);
    }

    public String fileName() {
        return fileName;
    }

    /** Every problem found in the file, each a full sentence naming the file (and the step, if any). */
    public List<String> problems() {
        return problems;
    }
}
