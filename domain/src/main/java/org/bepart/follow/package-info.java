/**
 * Following: an account follows an initiative, an organisation, a theme, a member state or a level of participation
 * ({@link org.bepart.follow.Follow}), chooses how it is mailed ({@link org.bepart.follow.FollowSetting}), and what
 * happened to what it follows waits as {@link org.bepart.follow.FollowItem}s until mailed, once.
 */
package org.bepart.follow;
