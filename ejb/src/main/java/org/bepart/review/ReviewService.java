package org.bepart.review;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditTrail;
import org.bepart.initiative.IllegalTransitionException;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.OwnOrganisationException;
import org.bepart.initiative.ShownText;
import org.bepart.initiative.Transition;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeLifecycle;
import org.bepart.organisation.Organisation;
import org.bepart.platform.Access;
import org.bepart.shared.ConcurrentChangeException;
import org.bepart.shared.NotFoundException;
import org.bepart.taxonomy.TaxonomyService;
import org.bepart.taxonomy.TermKind;
import org.bepart.taxonomy.TermView;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The review back office. Reviewers and administrators list the queue, read an initiative with its history and decide
 * on it against the checklist of the Code's principles; administrators also forward submitted initiatives to review.
 * Every rule is checked here, whatever page calls.
 */
@Stateless
public class ReviewService {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_PAGE = 10_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private InitiativeLifecycle lifecycle;

    @EJB
    private TaxonomyService taxonomy;

    @EJB
    private AuditTrail trail;

    /** One page of the queue, oldest first, with the counts per status under the same country and text filters. */
    public Queue queue(Long actorId, @NotNull @Valid QueueFilter filter, @NotNull Language language) {
        Account reader = Access.actorWithRole(em, actorId, Role.REVIEWER, Role.ADMINISTRATOR);
        Set<InitiativeStatus> statuses = EnumSet.copyOf(filter.statuses());
        statuses.retainAll(QueueFilter.LISTED);
        String where = " WHERE i.status IN :statuses"
                + (filter.country() == null ? "" : " AND i.country = :country")
                + (filter.text() == null ? "" : " AND (LOWER(i.civilSociety.name) LIKE :text ESCAPE '\\'"
                + " OR LOWER(i.publicAuthority.name) LIKE :text ESCAPE '\\'"
                + " OR i.id IN (SELECT i2.id FROM Initiative i2 JOIN i2.texts t"
                + " WHERE LOWER(t.title) LIKE :text ESCAPE '\\'))");

        TypedQuery<Object[]> countQuery = em.createQuery(
                "SELECT i.status, COUNT(i) FROM Initiative i" + where + " GROUP BY i.status", Object[].class);
        bind(countQuery, filter, QueueFilter.LISTED);
        Map<InitiativeStatus, Long> counts = new EnumMap<>(InitiativeStatus.class);
        countQuery.getResultList().forEach(row -> counts.put((InitiativeStatus) row[0], (Long) row[1]));
        long total = statuses.stream().mapToLong(s -> counts.getOrDefault(s, 0L)).sum();

        List<QueueRow> rows = List.of();
        if (!statuses.isEmpty() && total > (long) (filter.page() - 1) * filter.size()) {
            // Owner and partner come with the rows; the texts in one batch (Initiative.texts is batch-fetched).
            TypedQuery<Initiative> pageQuery = em.createQuery("SELECT i FROM Initiative i LEFT JOIN FETCH i.owner"
                    + " LEFT JOIN FETCH i.partner" + where
                    + " ORDER BY COALESCE(i.submittedAt, i.createdAt), i.id", Initiative.class);
            bind(pageQuery, filter, statuses);
            rows = pageQuery.setFirstResult((filter.page() - 1) * filter.size()).setMaxResults(filter.size())
                    .getResultStream().map(i -> QueueRow.of(i, language, reader)).toList();
        }
        return new Queue(rows, total, filter.page(), filter.size(), counts);
    }

    private static void bind(TypedQuery<?> query, QueueFilter filter, Set<InitiativeStatus> statuses) {
        query.setParameter("statuses", statuses);
        if (filter.country() != null) {
            query.setParameter("country", filter.country());
        }
        if (filter.text() != null) {
            String escaped = filter.text().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_");
            query.setParameter("text", "%" + escaped + "%");
        }
    }

    /**
     * Everything the review screen shows of one initiative (any status but draft), in the reader's language. A reader
     * who stands on either side of it may read it but has no decision to take ({@link ReviewSheet#ownOrganisation}).
     */
    public ReviewSheet sheet(Long actorId, long initiativeId, @NotNull Language language) {
        Account reader = Access.actorWithRole(em, actorId, Role.REVIEWER, Role.ADMINISTRATOR);
        Initiative i = em.find(Initiative.class, initiativeId);
        if (i == null || i.getStatus() == InitiativeStatus.DRAFT) {
            throw new NotFoundException("no initiative " + initiativeId + " to review");
        }
        ShownText shown = i.textFor(language);
        List<TermView> principles = taxonomy.terms(TermKind.PRINCIPLE, language);
        Map<String, String> principleNames = principles.stream()
                .collect(Collectors.toMap(TermView::code, TermView::name));
        List<ReviewSheet.TransitionView> transitions = lifecycle.history(initiativeId).stream()
                .map(t -> new ReviewSheet.TransitionView(t.getAt(), t.getActorName(), t.getFrom(), t.getTo(),
                        t.getMessage()))
                .toList();
        List<ReviewSheet.ReviewView> reviews = em.createNamedQuery(Review.FIND_BY_INITIATIVE, Review.class)
                .setParameter("initiativeId", initiativeId).getResultStream()
                .map(r -> new ReviewSheet.ReviewView(r.getDecidedAt(), r.getReviewerName(), r.getDecision(),
                        r.getMessage(), r.getAssessments().stream()
                        .map(a -> new ReviewSheet.AssessmentView(
                                principleNames.getOrDefault(a.getPrinciple(), a.getPrinciple()), a.getRating(),
                                a.getNote()))
                        .toList()))
                .toList();
        Function<TermKind, List<TermView>> terms = kind -> i.termsOf(kind).stream()
                .map(t -> TermView.of(t, language)).toList();
        boolean own = i.involves(reader);
        return new ReviewSheet(i.getId(), i.getVersion(), i.getStatus(), shown.text(), shown.language(),
                i.getOriginalLanguage(), i.availableLanguages(), i.getCountry(), i.getRegion(), i.getMunicipality(),
                i.getGovernmentLevel(), i.getFormat(), i.getSchedule().getStartDate(), i.getSchedule().getEndDate(),
                i.getSchedule().isOngoing(), List.copyOf(i.getStages()), List.copyOf(i.getParticipationLevels()),
                terms.apply(TermKind.THEME), terms.apply(TermKind.TOOL), terms.apply(TermKind.TARGET_GROUP),
                i.getCivilSociety(), i.getPublicAuthority(), List.copyOf(i.getLinks()), ref(i.getOwner()),
                ref(i.getPartner()), i.getOwnerView(), i.getPartnerView(), i.getCreatedAt(), i.getSubmittedAt(),
                i.getUpdatedAt(), transitions, reviews, principles,
                own ? EnumSet.noneOf(InitiativeStatus.class) : decisions(i.getStatus()), own, i.getHeldAt());
    }

    private static ReviewSheet.OrganisationRef ref(Organisation organisation) {
        return organisation == null ? null : new ReviewSheet.OrganisationRef(organisation.getId(),
                organisation.getName());
    }

    /**
     * The decisions reviewers may take on an initiative in this status: any of them under review; a validated
     * initiative may later be sent back for changes. Anything else is refused, even where the lifecycle itself would
     * allow it (rejecting a submitted initiative before its review).
     */
    public static Set<InitiativeStatus> decisions(InitiativeStatus status) {
        return switch (status) {
            case UNDER_REVIEW -> EnumSet.copyOf(Review.DECISIONS);
            case VALIDATED -> EnumSet.of(InitiativeStatus.CHANGES_REQUESTED);
            default -> EnumSet.noneOf(InitiativeStatus.class);
        };
    }

    /**
     * A reviewer decides on an initiative at the version the review screen showed: the review (with a rating of every
     * principle) is kept, the initiative moves, the move is recorded (also in the audit trail) and the contributors
     * are told (observers of {@code StatusChanged}); an initiative held back because its submitter was blocked is
     * released. Changes requested and rejections need a message. Nobody decides on an initiative of an organisation
     * they belong to, on either side ({@link OwnOrganisationException}). When somebody else changed the initiative
     * since, nothing is saved and {@link ConcurrentChangeException} says so.
     */
    public InitiativeStatus decide(Long actorId, long initiativeId, int expectedVersion,
                                   @NotNull InitiativeStatus decision,
                                   @Size(max = Transition.MESSAGE_MAX) String message,
                                   @NotNull List<@NotNull @Valid Assessment> assessments) {
        Account actor = Access.actorWithRole(em, actorId, Role.REVIEWER, Role.ADMINISTRATOR);
        Initiative initiative = lifecycle.load(initiativeId, expectedVersion);
        if (initiative.involves(actor)) {
            throw new OwnOrganisationException(actorId, initiativeId);
        }
        if (!decisions(initiative.getStatus()).contains(decision)) {
            throw new IllegalTransitionException(initiative.getStatus(), decision);
        }
        String text = message == null || message.isBlank() ? null : message.strip();
        if (decision != InitiativeStatus.VALIDATED && text == null) {
            throw new MessageRequiredException("a message is required for " + decision);
        }
        List<PrincipleAssessment> checklist = checklist(assessments);
        em.persist(new Review(initiative.getId(), actor, decision, text, checklist, clock.instant()));
        initiative.release();
        lifecycle.move(initiative, decision, actor, text);
        trail.record(actor, switch (decision) {
            case VALIDATED -> AuditAction.INITIATIVE_VALIDATED;
            case CHANGES_REQUESTED -> AuditAction.INITIATIVE_CHANGES_REQUESTED;
            default -> AuditAction.INITIATIVE_REJECTED;
        }, AuditEntry.INITIATIVE, initiativeId, text);
        try {
            em.flush(); // a decision committed meanwhile by another reviewer shows here, as a conflict
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("initiative " + initiativeId + " was changed meanwhile");
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw new ConcurrentChangeException("initiative " + initiativeId + " was changed meanwhile");
            }
            throw e;
        }
        return initiative.getStatus();
    }

    /** The checklist in the order of the principles; every principle rated exactly once, no unknown one. */
    private List<PrincipleAssessment> checklist(List<Assessment> assessments) {
        List<TermView> principles = taxonomy.terms(TermKind.PRINCIPLE, Language.EN);
        Map<String, Assessment> byPrinciple = new LinkedHashMap<>();
        for (Assessment a : assessments) {
            if (byPrinciple.put(a.principle(), a) != null) {
                throw new IncompleteChecklistException("principle " + a.principle() + " rated twice");
            }
        }
        Set<String> known = new HashSet<>();
        List<PrincipleAssessment> checklist = new ArrayList<>();
        for (TermView principle : principles) {
            known.add(principle.code());
            Assessment a = byPrinciple.get(principle.code());
            if (a == null || a.rating() == null) {
                throw new IncompleteChecklistException("principle " + principle.code() + " is not rated");
            }
            checklist.add(new PrincipleAssessment(a.principle(), a.rating(), a.note()));
        }
        if (!known.containsAll(byPrinciple.keySet())) {
            throw new IncompleteChecklistException("unknown principles in " + byPrinciple.keySet());
        }
        return checklist;
    }

    /** An administrator forwards a submitted initiative to review without waiting for the partner. */
    public void forward(Long actorId, long initiativeId, int expectedVersion,
                        @Size(max = Transition.MESSAGE_MAX) String message) {
        lifecycle.forward(actorId, initiativeId, expectedVersion, message);
    }

    /**
     * An administrator forwards several submitted initiatives at once, each at the version the queue showed. Each is
     * forwarded in its own transaction: one that changed meanwhile, is no longer submitted or is of an organisation
     * the administrator belongs to is reported and left as it is, the others go to review. The audit trail gets each
     * forward and a line for the whole.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BulkForward forwardAll(Long actorId, @NotNull @Size(max = MAX_PAGE_SIZE) Map<Long, Integer> versions) {
        Account actor = Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        List<Long> forwarded = new ArrayList<>();
        List<Long> conflicts = new ArrayList<>();
        List<Long> refused = new ArrayList<>();
        List<Long> own = new ArrayList<>();
        for (Map.Entry<Long, Integer> entry : new java.util.TreeMap<>(versions).entrySet()) {
            try {
                lifecycle.forward(actorId, entry.getKey(), entry.getValue(), null);
                forwarded.add(entry.getKey());
            } catch (ConcurrentChangeException e) {
                conflicts.add(entry.getKey());
            } catch (OwnOrganisationException e) {
                own.add(entry.getKey());
            } catch (IllegalTransitionException | NotFoundException e) {
                refused.add(entry.getKey());
            } catch (EJBException e) {
                if (!isOptimisticLock(e)) {
                    throw e;
                }
                conflicts.add(entry.getKey());
            }
        }
        trail.record(actor, AuditAction.BULK_FORWARDED, AuditEntry.INITIATIVE, null, "forwarded " + forwarded
                + ", changed meanwhile " + conflicts + ", not submitted " + refused + ", own organisation " + own);
        return new BulkForward(forwarded, conflicts, refused, own);
    }

    private static boolean isOptimisticLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /** How many initiatives are in each status the back office lists (for its home page). */
    public Map<InitiativeStatus, Long> counts(Long actorId) {
        Access.actorWithRole(em, actorId, Role.REVIEWER, Role.ADMINISTRATOR);
        Map<InitiativeStatus, Long> counts = new EnumMap<>(InitiativeStatus.class);
        QueueFilter.LISTED.forEach(s -> counts.put(s, 0L));
        em.createNamedQuery(Initiative.COUNT_BY_STATUS, Object[].class).getResultList().stream()
                .filter(row -> QueueFilter.LISTED.contains((InitiativeStatus) row[0]))
                .forEach(row -> counts.put((InitiativeStatus) row[0], (Long) row[1]));
        return counts;
    }

}
