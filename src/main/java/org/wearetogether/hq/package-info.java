/**
 * Regional headquarters: HQ group chats, request cards forwarded exactly once, the coordinators' buttons, the
 * requester's status notices and ratings, and the SLA timers.
 */
package org.wearetogether.hq;
