package org.bepart.taxonomy;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditTrail;
import org.bepart.initiative.Initiative;
import org.bepart.lifecycle.InitiativeChanged;
import org.bepart.platform.Access;
import org.bepart.shared.ConcurrentChangeException;
import org.bepart.shared.NotFoundException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Administrators manage the lists initiatives are classified by (themes, tools, target groups): add, rename in the
 * four languages, reorder, retire and restore, merge. Every action checks the version the page read (optimistic
 * locking), is audited, and once committed every server reads the lists again ({@link TermsChanged}).
 */
@Stateless
public class TaxonomyAdmin {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail trail;

    @Inject
    private Event<TermsChanged> termsChanged;

    @Inject
    private Event<InitiativeChanged> initiativeChanged;

    /** The terms of a managed list in its order, retired ones included, with their numbers of initiatives. */
    public List<TermRow> terms(@NotNull Long actorId, @NotNull TermKind kind) {
        Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        managed(kind);
        Map<Long, Long> counts = new HashMap<>();
        em.createNamedQuery(Initiative.COUNT_BY_TERM, Object[].class).setParameter("kind", kind).getResultStream()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return em.createNamedQuery(Term.FIND_BY_KIND, Term.class).setParameter("kind", kind).getResultStream()
                .map(t -> new TermRow(t.getId(), t.getVersion(), t.getKind(), t.getCode(), TermForm.of(t),
                        t.getPosition(), t.isRetired(), t.getMergedInto() == null ? null : t.getMergedInto().getCode(),
                        counts.getOrDefault(t.getId(), 0L)))
                .toList();
    }

    /** Adds a term at the end of its list; its code is given or made from the English name. Returns its id. */
    public long add(@NotNull Long actorId, @NotNull TermKind kind, @NotNull @Valid TermForm form) {
        Account actor = Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        managed(kind);
        String code = form.getCode() == null || form.getCode().isBlank() ? Initiative.slug(form.getNameEn())
                : form.getCode().strip();
        if (code.isEmpty() || code.length() > Term.CODE_MAX || !code.matches(Term.CODE_PATTERN)) {
            throw new TermRuleException("taxonomyAdmin.error.code", "no code from " + form.getNameEn());
        }
        if (!em.createNamedQuery(Term.FIND_BY_KIND_AND_CODE, Term.class).setParameter("kind", kind)
                .setParameter("code", code).getResultList().isEmpty()) {
            throw new TermRuleException("taxonomyAdmin.error.codeTaken", kind + " " + code + " exists");
        }
        Integer last = em.createNamedQuery(Term.MAX_POSITION, Integer.class).setParameter("kind", kind)
                .getSingleResult();
        Term term = new Term(kind, code, form.name(), last == null ? 1 : last + 1);
        em.persist(term);
        em.flush();
        changed(actor, AuditAction.TERM_ADDED, term);
        return term.getId();
    }

    /** Gives a term read at {@code version} new names; its code, in URLs and exports, stays. */
    public void rename(@NotNull Long actorId, long termId, int version, @NotNull @Valid TermForm form) {
        Account actor = Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        Term term = current(termId, version);
        term.rename(form.name());
        changed(actor, AuditAction.TERM_RENAMED, term);
    }

    /** Moves a term read at {@code version} one place up ({@code -1}) or down ({@code 1}) in its list. */
    public void move(@NotNull Long actorId, long termId, int version, int step) {
        Account actor = Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        Term term = current(termId, version);
        if (step != -1 && step != 1) {
            throw new IllegalArgumentException("step " + step);
        }
        List<Term> list = new ArrayList<>(em.createNamedQuery(Term.FIND_BY_KIND, Term.class)
                .setParameter("kind", term.getKind()).getResultList());
        int from = list.indexOf(term);
        int to = from + step;
        if (to < 0 || to >= list.size()) {
            return; // already first or last
        }
        list.remove(from);
        list.add(to, term);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).getPosition() != i + 1) {
                list.get(i).placeAt(i + 1);
            }
        }
        changed(actor, AuditAction.TERM_MOVED, term);
    }

    /** Stops offering a term read at {@code version}; the initiatives that have it keep it. */
    public void retire(@NotNull Long actorId, long termId, int version) {
        Account actor = Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        Term term = current(termId, version);
        term.retire(clock.instant());
        changed(actor, AuditAction.TERM_RETIRED, term);
    }

    /** Offers a retired term again (not one that was merged). */
    public void restore(@NotNull Long actorId, long termId, int version) {
        Account actor = Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        Term term = current(termId, version);
        term.restore();
        changed(actor, AuditAction.TERM_RESTORED, term);
    }

    /**
     * Merges the term read at {@code version} into {@code keptId}, of the same list: in this one transaction every
     * initiative that had it has the kept term instead (once, if it had both), and the merged term is retired. The
     * search index and the cached pages of those initiatives follow once committed. Returns how many moved.
     */
    public int merge(@NotNull Long actorId, long mergedId, int version, long keptId) {
        Account actor = Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        Term merged = current(mergedId, version);
        Term kept = find(keptId);
        merged.mergeInto(kept, clock.instant());
        List<Initiative> initiatives = em.createNamedQuery(Initiative.FIND_BY_TERM, Initiative.class)
                .setParameter("term", merged).getResultList();
        for (Initiative initiative : initiatives) {
            initiative.replaceTerm(merged, kept);
            initiativeChanged.fire(new InitiativeChanged(initiative.getId()));
        }
        em.flush();
        trail.record(actor, AuditAction.TERMS_MERGED, AuditEntry.TERM, merged.getId(),
                merged + " → " + kept + " (" + initiatives.size() + ")");
        termsChanged.fire(new TermsChanged(merged.getId()));
        return initiatives.size();
    }

    private void changed(Account actor, AuditAction action, Term term) {
        trail.record(actor, action, AuditEntry.TERM, term.getId(), term + " " + term.getName());
        termsChanged.fire(new TermsChanged(term.getId()));
    }

    /** A term of a managed list, as the page read it. */
    private Term current(long termId, int version) {
        Term term = find(termId);
        if (term.getVersion() != version) {
            throw new ConcurrentChangeException("term " + termId + " is at version " + term.getVersion() + ", not "
                    + version);
        }
        return term;
    }

    private Term find(long termId) {
        Term term = em.find(Term.class, termId);
        if (term == null || !term.getKind().isManaged()) {
            throw new NotFoundException("no term " + termId + " administrators manage");
        }
        return term;
    }

    private static void managed(TermKind kind) {
        if (!kind.isManaged()) {
            throw new NotFoundException(kind + " is not managed here");
        }
    }
}
