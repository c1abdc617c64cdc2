/**
 * Tasks for volunteers: the holder of a request offers it to an approved volunteer of the region, the volunteer
 * accepts or declines, then reports it done or that they cannot do it; unanswered offers expire back to the holder.
 * Only a volunteer who accepted sees the request's code word; every task after the first gets a new one, told to the
 * requester.
 */
package org.wearetogether.tasks;
