package org.wearetogether.dialog.internal.definition;

import java.util.Map;

/** All loaded and validated dialog definitions, by id (the latest version of each). */
public record DialogDefinitions(Map<String, DialogDefinition> byId) {

    public DialogDefinitions {
        byId = Map.copyOf(byId);
    }
}
