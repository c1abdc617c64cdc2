/** The lease in MongoDB that makes exactly one of several instances the leader, and the instance's id. */
package org.wearetogether.jobs.internal.lease;
