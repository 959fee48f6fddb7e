/**
 * Limits on what anybody can make the platform do: rate limits per client address and per recipient on everything
 * that sends mail or writes anonymously (counted in the database, so every server counts the same, with a hard cap on
 * the number of counters), the slowing down of password guessing, and the refusals that say when to try again.
 */
package org.bepart.abuse;
