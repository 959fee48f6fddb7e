/**
 * Following on the public pages and in the account: the follow buttons (plain POST forms to {@code /follow}, shown to
 * signed-in people only, so readers get the pages without a session or a statement more), {@code /account/following}
 * (the list, unfollow, the mail delivery) and the unsubscribe link of follow mails ({@code /following/unsubscribe}).
 */
package org.bepart.web.follow;
