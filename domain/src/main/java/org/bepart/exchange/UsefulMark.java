package org.bepart.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.bepart.shared.Require;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One account's mark that an initiative was useful to it: at most one per account and initiative. */
@Entity
@Table(name = "initiative_useful")
@IdClass(UsefulMark.Key.class)
@NamedQuery(name = UsefulMark.COUNT_BY_INITIATIVE,
        query = "SELECT COUNT(u) FROM UsefulMark u WHERE u.initiativeId = :initiative")
public class UsefulMark {

    public static final String COUNT_BY_INITIATIVE = "UsefulMark.countByInitiative";

    @Id
    @Column(name = "initiative_id")
    private Long initiativeId;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @NotNull
    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    protected UsefulMark() {
    }

    public UsefulMark(long initiativeId, long accountId, Instant now) {
        this.initiativeId = initiativeId;
        this.accountId = accountId;
        this.markedAt = Require.notNull(now, "now");
    }

    public static Key key(long initiativeId, long accountId) {
        return new Key(initiativeId, accountId);
    }

    public Instant getMarkedAt() {
        return markedAt;
    }

    /** The mark's identity: initiative and account. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long initiativeId;
        private Long accountId;

        public Key() {
        }

        Key(long initiativeId, long accountId) {
            this.initiativeId = initiativeId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(initiativeId, k.initiativeId)
                    && Objects.equals(accountId, k.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(initiativeId, accountId);
        }
    }
}
