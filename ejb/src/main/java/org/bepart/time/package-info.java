/** The institution's time zone, in which editors schedule and readers see times of day. */
package org.bepart.time;
