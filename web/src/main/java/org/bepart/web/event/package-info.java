/** Pages of the events calendar: list and month view, one event, iCalendar files, and the editors' back office. */
package org.bepart.web.event;
