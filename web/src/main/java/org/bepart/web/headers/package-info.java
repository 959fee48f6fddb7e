/**
 * Security headers on every response (Content-Security-Policy with a per-response script nonce, framing, MIME
 * sniffing, referrers, browser features, HSTS) and the session cookie's attributes, from the
 * {@code bepart.security.*} settings.
 */
package org.bepart.web.headers;
