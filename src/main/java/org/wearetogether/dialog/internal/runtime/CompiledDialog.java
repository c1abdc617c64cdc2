package org.wearetogether.dialog.internal.runtime;

import org.wearetogether.dialog.DialogAction;
import org.wearetogether.dialog.internal.definition.DialogDefinition;

/** A dialog definition with its compiled navigation and its completion action. */
record CompiledDialog(DialogDefinition definition, DialogMachine machine, DialogAction action) {}
