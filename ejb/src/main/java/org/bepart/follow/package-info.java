/**
 * Following: {@link org.bepart.follow.FollowService} (follow, unfollow, the list, the mail delivery, unsubscribe),
 * {@link org.bepart.follow.FollowFeed} (events become follow items: in the app at once, mailed at once for
 * {@code IMMEDIATE}), {@link org.bepart.follow.FollowDigests} and {@link org.bepart.follow.FollowJob} (the daily and
 * weekly digests, once per cluster, each item mailed once).
 */
package org.bepart.follow;
