/**
 * Help requests: the answers of the request dialog become a numbered, stored request ({@link
 * org.wearetogether.intake.HelpRequests}); {@code /requests} lists a person's requests; {@code /privacy} deletes
 * their personal data. A stored request is announced with {@link org.wearetogether.intake.HelpRequestSubmitted}.
 * Each request has a code word for the door ({@link org.wearetogether.intake.CodeWords}), kept out of the request
 * record so that nothing built from it (cards, contacts, the CRM API) can show it.
 */
package org.wearetogether.intake;
