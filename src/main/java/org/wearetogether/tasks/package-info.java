/**
 * Tasks for volunteers: the holder of a request offers it to an approved volunteer of the region, the volunteer
 * accepts or declines, then reports it done or that they cannot do it; unanswered offers expire back to the holder.
 */
package org.wearetogether.tasks;
