package org.bepart.organisation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Account;
import org.bepart.account.TestAccounts;
import org.bepart.country.MemberState;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.InitiativeText;
import org.bepart.initiative.Perspective;
import org.bepart.language.Language;

import java.time.Instant;

/**
 * Organisations and their initiatives in a given status, written directly (no events: the search index and the
 * caches do not matter to the directory, which reads the database).
 */
@Stateless
public class DirectoryTestData {

    @PersistenceContext
    private EntityManager em;

    public long organisation(String name, OrganisationKind kind, MemberState country) {
        Organisation organisation = new Organisation(name, kind, country, Instant.now());
        em.persist(organisation);
        em.flush();
        return organisation.getId();
    }

    /**
     * An initiative of {@code ownerId} (with {@code partnerId} when not null) moved from draft through {@code steps};
     * {@code held} keeps it from the public as a blocked submitter's would be.
     */
    public long initiative(long ownerId, Long partnerId, boolean held, InitiativeStatus... steps) {
        Instant now = Instant.now();
        Account author = TestAccounts.verified(em, TestAccounts.address("directory", "bepart.test"), "Author",
                TestAccounts.NO_PASSWORD, Language.EN);
        Initiative initiative = new Initiative(Language.EN, new InitiativeText("Directory test", "For the directory."),
                em.find(Organisation.class, ownerId), author, GovernmentLevel.LOCAL, now);
        if (partnerId != null) {
            initiative.joinAsPartner(em.find(Organisation.class, partnerId), null,
                    new Perspective("We took part.", "It went well.", null), now);
        }
        for (InitiativeStatus step : steps) {
            initiative.moveTo(step, now);
        }
        if (held) {
            initiative.holdForReview(now);
        }
        em.persist(initiative);
        em.flush();
        return initiative.getId();
    }

    /** Takes the test's initiatives out of the public ones, so that other tests' counts stay as they were. */
    public void withdraw(long... initiativeIds) {
        for (long id : initiativeIds) {
            Initiative initiative = em.find(Initiative.class, id);
            if (initiative.getStatus().canMoveTo(InitiativeStatus.REJECTED)) {
                initiative.moveTo(InitiativeStatus.REJECTED, Instant.now());
            } else if (initiative.getStatus() == InitiativeStatus.VALIDATED) {
                initiative.moveTo(InitiativeStatus.CHANGES_REQUESTED, Instant.now());
            }
        }
    }
}
