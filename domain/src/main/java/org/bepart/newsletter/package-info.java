/**
 * The newsletter: subscribers with double opt-in in their language, and the digests editors send them.
 */
package org.bepart.newsletter;
