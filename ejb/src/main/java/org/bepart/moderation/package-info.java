/**
 * Moderation of people: administrators block an account for a reason (it is signed out everywhere, cannot sign in,
 * and is told why by mail in its language; its initiatives waiting for review are held back from the public until a
 * reviewer decides), unblock it, and see what an account has done.
 */
package org.bepart.moderation;
