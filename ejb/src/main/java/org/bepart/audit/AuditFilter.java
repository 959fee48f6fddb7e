package org.bepart.audit;

import jakarta.validation.constraints.Size;
import org.bepart.account.Account;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which entries of the audit trail to read. Every part is optional.
 *
 * @param who         words of the actor's name or e-mail address, or an account id ("42" or "#42")
 * @param actions     what was done; empty for everything
 * @param from        the first day (in the institution's time zone) included
 * @param to          the last day included
 * @param subjectType with {@code subjectId}: entries about one thing only
 */
public record AuditFilter(@Size(max = Account.EMAIL_MAX) String who, Set<AuditAction> actions, LocalDate from,
                          LocalDate to, @Size(max = AuditEntry.SUBJECT_MAX) String subjectType, Long subjectId) {

    public AuditFilter {
        who = who == null || who.isBlank() ? null : who.strip();
        actions = actions == null || actions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actions));
        subjectType = subjectType == null || subjectType.isBlank() ? null : subjectType.strip();
    }

    /** The back office's filter: who, one action (or null), from and to. */
    public static AuditFilter of(String who, AuditAction action, LocalDate from, LocalDate to) {
        return new AuditFilter(who, action == null ? Set.of() : Set.of(action), from, to, null, null);
    }

    /** Everything one account did. */
    public static AuditFilter byActor(long accountId) {
        return new AuditFilter("#" + accountId, Set.of(), null, null, null, null);
    }

    /** What was done to one thing, of these kinds only (all kinds when none is given). */
    public static AuditFilter about(String subjectType, long subjectId, AuditAction... actions) {
        return new AuditFilter(null, actions.length == 0 ? Set.of() : EnumSet.of(actions[0], actions),
                null, null, subjectType, subjectId);
    }

    /** The account id {@code who} names, or null when it gives words to look for. */
    Long whoId() {
        if (who == null || !who.matches("#?[0-9]{1,18}")) {
            return null;
        }
        return Long.parseLong(who.startsWith("#") ? who.substring(1) : who);
    }
}
