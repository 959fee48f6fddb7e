/** The signed-in person's notifications: the list with unread ones marked, and the unread count in the header. */
package org.bepart.web.notification;
