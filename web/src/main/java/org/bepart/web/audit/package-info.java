/**
 * The audit trail's back office: {@code /admin/audit} (filtered by who, what and when, paged) and its CSV export
 * {@code /admin/audit.csv} with the same filters. Administrators read everything, editors their own work.
 */
package org.bepart.web.audit;
