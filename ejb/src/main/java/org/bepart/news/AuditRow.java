package org.bepart.news;

import java.time.Instant;

/** A line of the audit trail. */
public record AuditRow(Instant at, String actorName, AuditAction action, String subjectType, long subjectId,
                       String detail) implements java.io.Serializable {

    static AuditRow of(AuditEntry entry) {
        return new AuditRow(entry.getAt(), entry.getActorName(), entry.getAction(), entry.getSubjectType(),
                entry.getSubjectId(), entry.getDetail());
    }
}
