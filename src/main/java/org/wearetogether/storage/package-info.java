/** MongoDB plumbing: the client, the embedded server used when no MongoDB is configured; no feature code. */
package org.wearetogether.storage;
