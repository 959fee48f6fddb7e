/**
 * The newsletter: subscription with double opt-in, one-click unsubscription, and digests of chosen news and newly
 * validated initiatives that editors send as a background job through the outbox.
 */
package org.bepart.newsletter;
