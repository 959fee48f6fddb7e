package org.bepart.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.account.Account;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.Transition;
import org.bepart.shared.Require;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

/** A reviewer's decision on an initiative with the checklist of the Code's principles behind it. Never changed. */
@Entity
@Table(name = "review")
@NamedQuery(name = Review.FIND_BY_INITIATIVE,
        query = "SELECT r FROM Review r WHERE r.initiativeId = :initiativeId ORDER BY r.decidedAt DESC, r.id DESC")
public class Review {

    public static final String FIND_BY_INITIATIVE = "Review.findByInitiative";
    /** The statuses a review may decide. */
    public static final EnumSet<InitiativeStatus> DECISIONS =
            EnumSet.of(InitiativeStatus.VALIDATED, InitiativeStatus.CHANGES_REQUESTED, InitiativeStatus.REJECTED);

    @Id
    @SequenceGenerator(name = "review_seq", sequenceName = "review_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_seq")
    private Long id;

    @NotNull
    @Column(name = "initiative_id", nullable = false)
    private Long initiativeId;

    @Column(name = "reviewer_id")
    private Long reviewerId;

    @Size(max = Account.NAME_MAX)
    @Column(name = "reviewer_name", length = Account.NAME_MAX)
    private String reviewerName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InitiativeStatus decision;

    @Size(max = Transition.MESSAGE_MAX)
    @Column(length = Transition.MESSAGE_MAX)
    private String message;

    @NotNull
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_assessment", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<PrincipleAssessment> assessments = new ArrayList<>();

    protected Review() {
    }

    /**
     * A decision; changes requested and rejections must say why (the contributors read the message), and every
     * principle must be rated.
     */
    public Review(Long initiativeId, Account reviewer, InitiativeStatus decision, String message,
                  List<PrincipleAssessment> assessments, Instant now) {
        this.initiativeId = Require.notNull(initiativeId, "initiative id");
        this.reviewerId = Require.notNull(reviewer, "reviewer").getId();
        this.reviewerName = reviewer.getDisplayName();
        if (!DECISIONS.contains(Require.notNull(decision, "decision"))) {
            throw new IllegalArgumentException("not a decision: " + decision);
        }
        this.decision = decision;
        this.message = Require.optional(message, Transition.MESSAGE_MAX, "message");
        if (decision != InitiativeStatus.VALIDATED && this.message == null) {
            throw new IllegalArgumentException("a message is required for " + decision);
        }
        this.assessments.addAll(Require.notNull(assessments, "assessments"));
        this.decidedAt = Require.notNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public Long getInitiativeId() {
        return initiativeId;
    }

    public Long getReviewerId() {
        return reviewerId;
    }

    public String getReviewerName() {
        return reviewerName;
    }

    public InitiativeStatus getDecision() {
        return decision;
    }

    public String getMessage() {
        return message;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public List<PrincipleAssessment> getAssessments() {
        return Collections.unmodifiableList(assessments);
    }
}
