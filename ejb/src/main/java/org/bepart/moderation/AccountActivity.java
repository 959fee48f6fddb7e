package org.bepart.moderation;

import org.bepart.account.Role;
import org.bepart.audit.AuditRow;
import org.bepart.contest.Moderation;
import org.bepart.initiative.InitiativeStatus;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What an account is and has done, for administrators: its initiatives (submitted by it, or joined as partner), its
 * review decisions, the contest entries sent from its address, what it did in the back office, its sign-ins (recorded
 * for back-office roles) and what administrators did to it. Each list holds the newest
 * {@value ModerationService#ACTIVITY_MAX} at most.
 */
public record AccountActivity(long id, String name, String email, Set<Role> roles, boolean verified,
                              Instant createdAt, Instant deletedAt, Instant blockedAt, String blockedReason,
                              Instant lastSignInAt, List<InitiativeLine> initiatives, List<ReviewLine> reviews,
                              List<EntryLine> entries, List<AuditRow> actions, List<AuditRow> signIns,
                              List<AuditRow> moderation) implements Serializable {

    public AccountActivity {
        roles = Set.copyOf(roles);
    }

    public boolean isBlocked() {
        return blockedAt != null;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** An initiative of the account; {@code partner} when it joined it as the partner's contact. */
    public record InitiativeLine(long id, String title, InitiativeStatus status, boolean held, boolean partner,
                                 Instant updatedAt) implements Serializable {
    }

    /** A decision the account took as a reviewer. */
    public record ReviewLine(long initiativeId, String title, InitiativeStatus decision, Instant decidedAt)
            implements Serializable {
    }

    /** A contest entry sent from the account's address. */
    public record EntryLine(long id, long contestId, String contestTitle, String title, Moderation moderation,
                            Instant submittedAt) implements Serializable {
    }
}
