/**
 * Volunteers: sign-up in the chat ({@code dialogs/volunteer-signup.yaml}), approval by the region's coordinators,
 * pause and resume, profile edits, and leaving ({@code /forget_me}).
 */
package org.wearetogether.volunteers;
