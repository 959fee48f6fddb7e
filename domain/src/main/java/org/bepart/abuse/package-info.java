/**
 * Limits on what anybody can make the platform do: the counters behind the rate limits, kept in the database so that
 * every server counts the same.
 */
package org.bepart.abuse;
