package org.bepart.search;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.cluster.ContentChange;
import org.bepart.lifecycle.InitiativeChanged;
import org.bepart.country.MemberState;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.InitiativeText;
import org.bepart.initiative.ParticipationLevel;
import org.bepart.initiative.Stage;
import org.bepart.language.Language;
import org.bepart.shared.BusinessException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes initiatives for the search tests the way a service would, and counts in the database as an oracle. */
@Stateless
public class TestData {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<InitiativeChanged> changes;

    public long submit(Language language, String title, String summary, String description, MemberState country,
                       Stage stage) {
        Instant now = Instant.now();
        Initiative initiative = new Initiative(language, new InitiativeText(title, summary, description, null, null,
                null, null, null), country, GovernmentLevel.LOCAL, now);
        initiative.classify(List.of(stage), List.of(ParticipationLevel.CONSULTATION), List.of(), now);
        initiative.moveTo(InitiativeStatus.SUBMITTED, now);
        em.persist(initiative);
        em.flush();
        changes.fire(new InitiativeChanged(initiative.getId()));
        return initiative.getId();
    }

    /**
     * As another server would: the initiative written and its change logged, without the event this server's index
     * follows at once; only the change log brings it here.
     */
    public long submitElsewhere(Language language, String title, String summary, MemberState country, Stage stage) {
        Instant now = Instant.now();
        Initiative initiative = new Initiative(language, new InitiativeText(title, summary, summary, null, null,
                null, null, null), country, GovernmentLevel.LOCAL, now);
        initiative.classify(List.of(stage), List.of(ParticipationLevel.CONSULTATION), List.of(), now);
        initiative.moveTo(InitiativeStatus.SUBMITTED, now);
        em.persist(initiative);
        em.flush();
        logElsewhere(ContentChange.Kind.INITIATIVE, initiative.getId());
        return initiative.getId();
    }

    /** Rejects it as another server would (see {@link #submitElsewhere}). */
    public void rejectElsewhere(long id) {
        em.find(Initiative.class, id).moveTo(InitiativeStatus.REJECTED, Instant.now());
        logElsewhere(ContentChange.Kind.INITIATIVE, id);
    }

    /** A new editor's account id. */
    public long editor() {
        return org.bepart.account.TestAccounts.verified(em, org.bepart.account.TestAccounts.address("editor", "example.org"), "Editor",
                org.bepart.account.TestAccounts.NO_PASSWORD, Language.EN, org.bepart.account.Role.EDITOR).getId();
    }

    /** Another server changed a news item, an event or a contest. */
    public void changeElsewhere(ContentChange.Kind kind, long id) {
        logElsewhere(kind, id);
    }

    /** Changes of {@code kind} in the log. */
    public long logged(ContentChange.Kind kind) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM content_change WHERE kind = ?")
                .setParameter(1, kind.name()).getSingleResult()).longValue();
    }

    /** An administrator of another server asks for a rebuild. */
    public void rebuildElsewhere() {
        logElsewhere(ContentChange.Kind.REBUILD, null);
    }

    /** Another server worked out the related lists: {@code related} is the one it stored for {@code id}. */
    public void storeRelatedElsewhere(long id, long... related) {
        em.createNativeQuery("DELETE FROM related_list WHERE initiative_id = ?").setParameter(1, id).executeUpdate();
        em.createNativeQuery("INSERT INTO related_list (initiative_id, related) VALUES (?, ?)").setParameter(1, id)
                .setParameter(2, RelatedStore.format(related)).executeUpdate();
        logElsewhere(ContentChange.Kind.RELATED, null);
    }

    /** Related lists stored, and changes that told the servers of them. */
    public long[] storedRelated() {
        return new long[] {
            ((Number) em.createNativeQuery("SELECT COUNT(*) FROM related_list").getSingleResult()).longValue(),
            ((Number) em.createNativeQuery("SELECT COUNT(*) FROM content_change WHERE kind = 'RELATED'")
                    .getSingleResult()).longValue()};
    }

    private void logElsewhere(ContentChange.Kind kind, Long id) {
        if (id == null) {
            em.createNativeQuery(ContentChange.INSERT_ALL).setParameter(1, kind.name())
                    .setParameter(2, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
        } else {
            em.createNativeQuery(ContentChange.INSERT).setParameter(1, kind.name()).setParameter(2, id)
                    .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
        }
    }

    /** Changes an initiative, announces it, then fails: the whole transaction rolls back. */
    public void rejectThenFail(long id) {
        reject(id);
        throw new BusinessException("test.failure", "rolled back on purpose");
    }

    /** Changes of this initiative in the log. */
    public long loggedChanges(long id) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM content_change WHERE entity_id = ?")
                .setParameter(1, id).getSingleResult()).longValue();
    }

    public void reject(long id) {
        em.find(Initiative.class, id).moveTo(InitiativeStatus.REJECTED, Instant.now());
        changes.fire(new InitiativeChanged(id));
    }

    public long countPublic(Stage stage) {
        return em.createQuery("SELECT COUNT(DISTINCT i) FROM Initiative i JOIN i.stages s"
                        + " WHERE i.status IN :statuses AND s = :stage", Long.class)
                .setParameter("statuses", InitiativeStatus.publicOnes()).setParameter("stage", stage)
                .getSingleResult();
    }

    /** Public initiatives at a stage, counted by country. */
    public Map<String, Long> countriesAt(Stage stage) {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("SELECT i.country, COUNT(DISTINCT i) FROM Initiative i JOIN i.stages s"
                        + " WHERE i.status IN :statuses AND s = :stage GROUP BY i.country", Object[].class)
                .setParameter("statuses", InitiativeStatus.publicOnes()).setParameter("stage", stage)
                .getResultList().forEach(row -> counts.put(((MemberState) row[0]).code(), (Long) row[1]));
        return counts;
    }

    /** Public initiatives in a country, counted by stage. */
    public Map<String, Long> stagesIn(MemberState country) {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("SELECT s, COUNT(DISTINCT i) FROM Initiative i JOIN i.stages s"
                        + " WHERE i.status IN :statuses AND i.country = :country GROUP BY s", Object[].class)
                .setParameter("statuses", InitiativeStatus.publicOnes()).setParameter("country", country)
                .getResultList().forEach(row -> counts.put(((Stage) row[0]).code(), (Long) row[1]));
        return counts;
    }
}
