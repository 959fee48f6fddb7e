/** Moderation of people: {@code /admin/account-activity?account=} shows an account's activity and blocks it. */
package org.bepart.web.moderation;
