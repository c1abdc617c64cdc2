/** The region catalogue: subdivisions of the Russian Federation, their names, spellings and time zones. */
package org.wearetogether.regions;
