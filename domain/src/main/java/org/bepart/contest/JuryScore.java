package org.bepart.contest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.account.Account;
import org.bepart.shared.Require;

import java.time.Instant;

/** One juror's score of one entry (1–10) with an optional note; a juror has one score per entry and may change it. */
@Entity
@Table(name = "jury_score")
@NamedQuery(name = JuryScore.FIND_BY_ENTRY_AND_JUROR, query = "SELECT s FROM JuryScore s "
        + "WHERE s.entryId = :entry AND s.jurorId = :juror")
@NamedQuery(name = JuryScore.FIND_BY_CONTEST, query = "SELECT s FROM JuryScore s WHERE s.entryId IN "
        + "(SELECT e.id FROM ContestEntry e WHERE e.contest.id = :contest) ORDER BY s.entryId, s.id")
@NamedQuery(name = JuryScore.FIND_BY_JUROR, query = "SELECT s FROM JuryScore s WHERE s.jurorId = :juror")
public class JuryScore {

    public static final String FIND_BY_ENTRY_AND_JUROR = "JuryScore.findByEntryAndJuror";
    public static final String FIND_BY_CONTEST = "JuryScore.findByContest";
    public static final String FIND_BY_JUROR = "JuryScore.findByJuror";
    public static final int MIN = 1;
    public static final int MAX = 10;
    public static final int NOTE_MAX = 1000;

    @Id
    @SequenceGenerator(name = "jury_score_seq", sequenceName = "jury_score_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "jury_score_seq")
    private Long id;

    @Version
    private int version;

    @NotNull
    @Column(name = "entry_id", nullable = false)
    private Long entryId;

    @NotNull
    @Column(name = "juror_id", nullable = false)
    private Long jurorId;

    @Size(max = Account.NAME_MAX)
    @Column(name = "juror_name", length = Account.NAME_MAX)
    private String jurorName;

    @Min(MIN) @Max(MAX)
    @Column(nullable = false)
    private int score;

    @Size(max = NOTE_MAX)
    @Column(length = NOTE_MAX)
    private String note;

    @NotNull
    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    protected JuryScore() {
    }

    public JuryScore(ContestEntry entry, Account juror, int score, String note, Instant now) {
        this.entryId = Require.notNull(entry.getId(), "entry id");
        this.jurorId = Require.notNull(juror.getId(), "juror id");
        this.jurorName = juror.getDisplayName();
        rescore(entry, score, note, now);
    }

    /** Changes the score; only for approved entries of contests whose winners are not announced. */
    public void rescore(ContestEntry entry, int score, String note, Instant now) {
        if (!entry.isVisible()) {
            throw new InvalidEntryException("contest.error.notApproved", "entry " + entry.getId() + " not approved");
        }
        if (!entry.getContest().isJuryOpen()) {
            throw new InvalidEntryException("contest.error.juryClosed", "winners announced");
        }
        if (score < MIN || score > MAX) {
            throw new InvalidEntryException("contest.error.score", "score " + score);
        }
        this.score = score;
        this.note = Require.optional(note, NOTE_MAX, "note");
        this.scoredAt = Require.notNull(now, "now");
    }

    /** The average of {@code scores}, or null when there are none. */
    public static Double average(java.util.Collection<JuryScore> scores) {
        return scores.isEmpty() ? null : scores.stream().mapToInt(JuryScore::getScore).average().orElseThrow();
    }

    public Long getId() {
        return id;
    }

    public Long getEntryId() {
        return entryId;
    }

    public Long getJurorId() {
        return jurorId;
    }

    public String getJurorName() {
        return jurorName;
    }

    public int getScore() {
        return score;
    }

    public String getNote() {
        return note;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }
}
