/**
 * The audit trail of every back-office action ({@link org.bepart.audit.AuditTrail}): services record what they did in
 * the transaction that did it; administrators read the whole trail, filtered and paged, and export it as CSV; editors
 * read the part about their own work (news, images, contests, events, the newsletter).
 */
package org.bepart.audit;
