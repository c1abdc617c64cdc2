/** Help requests: the answers of the request dialog become a numbered request; "my requests". */
package org.wearetogether.intake;
