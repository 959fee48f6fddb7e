/**
 * Signing in and out with Jakarta Security: a form on our own sign-in page, an identity store over the accounts,
 * and {@code currentUser} for pages. Back-office and account URLs are protected in web.xml; services check again.
 */
package org.bepart.web.security;
