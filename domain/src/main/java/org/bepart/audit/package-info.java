/**
 * The audit trail of every back-office action: who (an account, or nobody for the platform and for failed sign-ins),
 * when, what ({@link org.bepart.audit.AuditAction}), to which subject, with a short detail. Entries are written once
 * and never changed or removed by the application.
 */
package org.bepart.audit;
