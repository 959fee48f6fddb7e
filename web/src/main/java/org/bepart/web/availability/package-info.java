/**
 * What readers get when the platform cannot serve a page as usual: a translated 503 with {@code Retry-After} while
 * the database is out of reach (forms keep what was typed and say that nothing was saved), and the readiness check
 * that tells a load balancer the same.
 */
package org.bepart.web.availability;
