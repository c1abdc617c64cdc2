/**
 * Broadcasts: a coordinator's or admin's announcement to the volunteers or coordinators of chosen regions, delivered
 * once to each from a durable per-recipient ledger at a global rate, outside the recipients' quiet hours.
 */
package org.wearetogether.broadcasts;
