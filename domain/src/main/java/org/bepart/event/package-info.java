/**
 * The events calendar: events with texts in one or more languages, their start and end, a place or an online link,
 * linked news items, and the month grid the calendar page shows.
 */
package org.bepart.event;
