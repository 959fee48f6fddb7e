package org.bepart.search;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.country.MemberState;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.InitiativeText;
import org.bepart.initiative.ParticipationLevel;
import org.bepart.initiative.Stage;
import org.bepart.language.Language;

import java.time.Instant;
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
