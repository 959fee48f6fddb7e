/**
 * Content whose time comes: scheduled news items that become public, contests that open or close, events that begin
 * or end. Nothing is written when that happens; {@link org.bepart.schedule.TimedContent} notices it and tells the
 * caches of public pages.
 */
package org.bepart.schedule;
