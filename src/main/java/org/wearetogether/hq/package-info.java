/**
 * Regional headquarters: HQ group chats (followed when the bot is removed, restricted or the group moves), request
 * cards forwarded exactly once to a chat that is alive, the coordinators' buttons, the requester's status notices and
 * ratings, the SLA timers, and the admins' notices when requests have nowhere to go.
 */
package org.wearetogether.hq;
