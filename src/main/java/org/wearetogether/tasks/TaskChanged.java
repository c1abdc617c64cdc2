package org.wearetogether.tasks;

/** A task was offered or changed state; published in-process after the change is stored (the HQ cards follow). */
public record TaskChanged(Task task) {}
