/**
 * The other side of an initiative: invitations with single-use links, joining with the partner's own perspective,
 * editing it later, and administrators inviting or replacing the partner.
 */
package org.bepart.partner;
