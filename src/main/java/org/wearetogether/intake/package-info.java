/**
 * Help requests: the answers of the request dialog become a numbered, stored request ({@link
 * org.wearetogether.intake.HelpRequests}); {@code /requests} lists a person's requests; {@code /privacy} deletes
 * their personal data. A stored request is announced with {@link org.wearetogether.intake.HelpRequestSubmitted}.
 */
package org.wearetogether.intake;
