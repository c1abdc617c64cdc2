/**
 * "Call me back": a person leaves their number, a callback card goes to the hotline operators (or the region's HQ
 * chat when there are none) with a 30-minute SLA and Called / No answer / Filed as request.
 */
package org.wearetogether.callbacks;
