/**
 * The partner's pages: the invitation link (/account/partner?token=), its perspective later
 * (/account/initiatives/perspective?id=), and the administrators' page to invite or replace it (/admin/partner?id=).
 */
package org.bepart.web.partner;
