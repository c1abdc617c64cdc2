package org.wearetogether.intake;

/**
 * A request's status changed; published in-process after the change is stored. The durable record is the request's
 * history ({@link RequestLifecycle#history}): a listener that must not miss a change (a webhook) reads the history.
 */
public record RequestStatusChanged(HelpRequest request, StatusChange change) {}
