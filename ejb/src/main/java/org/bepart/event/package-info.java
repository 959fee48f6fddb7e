/**
 * The events calendar: what readers see (upcoming and past events, the month view, one event, iCalendar files) and
 * what editors do with events, recorded in the audit trail of the news portal.
 */
package org.bepart.event;
