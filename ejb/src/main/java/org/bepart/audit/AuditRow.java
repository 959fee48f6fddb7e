package org.bepart.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * A line of the audit trail as it is shown.
 *
 * @param actorId      the account that acted; null for the platform and for failed sign-ins
 * @param actorName    its current name: null when there is no actor or the account was deleted since
 * @param actorDeleted whether the account that acted has been deleted since (only its id is left)
 * @param subjectId    null when the subject is the whole of its kind (the search index, several initiatives)
 */
public record AuditRow(long id, Instant at, Long actorId, String actorName, boolean actorDeleted,
                       AuditAction action, String subjectType, Long subjectId, String detail)
        implements Serializable {

    static AuditRow of(Object[] row) {
        return new AuditRow((Long) row[0], (Instant) row[1], (Long) row[2], (String) row[3], row[4] != null,
                (AuditAction) row[5], (String) row[6], (Long) row[7], (String) row[8]);
    }
}
