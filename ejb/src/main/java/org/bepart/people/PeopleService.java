package org.bepart.people;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.bepart.account.Account;
import org.bepart.discussion.InitiativePost;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeCard;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.language.Language;
import org.bepart.platform.Access;
import org.bepart.platform.PublicPagesChanged;
import org.bepart.platform.PublicPart;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Public profiles: chosen by their owner, shown to readers, listed on their organisations' pages. */
@Stateless
public class PeopleService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private InitiativeCatalogue catalogue;

    @Inject
    private Event<PublicPagesChanged> pagesChanged;

    /** What the signed-in person chose. */
    public ProfileChoice choice(@NotNull Long actorId) {
        Account account = Access.actor(em, actorId);
        return new ProfileChoice(account.isProfilePublic(), account.getBio());
    }

    /**
     * Shows or hides the signed-in person's public profile with its bio: plain text of at most
     * {@value Account#BIO_MAX} characters, line breaks allowed, no other control characters.
     */
    public void choose(@NotNull Long actorId, boolean shown, String bio) {
        Account account = Access.actor(em, actorId);
        String text = bio == null ? "" : bio.strip();
        if (text.length() > Account.BIO_MAX) {
            throw new ProfileException("people.error.bioTooLong", "bio of " + text.length() + " characters");
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new ProfileException("people.error.bioControl", "control character in the bio");
        }
        account.chooseProfile(shown, text.replace("\r\n", "\n"));
        // the person's page and the pages of their organisations (their member lists) follow
        pagesChanged.fire(new PublicPagesChanged(PublicPart.INITIATIVES, account.getId()));
    }

    /** The public profile of a person who chose one; empty otherwise (or blocked, deleted, unknown). */
    /** How many of a person's answers the profile shows, and how much of each. */
    static final int ANSWERS_SHOWN = 20;
    private static final int EXCERPT = 280;

    public Optional<PersonProfile> profile(long accountId, @NotNull Language language) {
        Account account = em.find(Account.class, accountId);
        if (account == null || !account.isProfileShown()) {
            return Optional.empty();
        }
        List<PersonProfile.Organisation> organisations = account.getOrganisations().stream()
                .sorted(Comparator.comparing(o -> o.getName().toLowerCase(language.locale())))
                .map(o -> new PersonProfile.Organisation(o.getId(), o.getName(), Initiative.slug(o.getName())))
                .toList();
        // the ids from the database, the cards from the search index
        List<InitiativeCard> initiatives = catalogue.cardsOf(em.createNamedQuery(Initiative.FIND_PUBLIC_IDS_BY_AUTHOR,
                        Long.class).setParameter("account", account.getId())
                .setParameter("statuses", InitiativeStatus.publicOnes()).setMaxResults(100).getResultList(), language);
        return Optional.of(new PersonProfile(account.getId(), account.getDisplayName(),
                Initiative.slug(account.getDisplayName()), account.getBio(), organisations,
                initiatives, answers(account.getId(), language)));
    }

    /**
     * The team's answers the account wrote that readers see, newest first, at most {@value #ANSWERS_SHOWN}, each
     * with the initiative's title in {@code language}, else in its original language; one statement.
     */
    private List<PersonProfile.Answer> answers(long accountId, Language language) {
        Map<Long, PersonProfile.Answer> answers = new LinkedHashMap<>();
        for (Object[] row : em.createNamedQuery(InitiativePost.FIND_SHOWN_ANSWERS_BY_AUTHOR, Object[].class)
                .setParameter("author", accountId).setParameter("statuses", InitiativeStatus.publicOnes())
                .setMaxResults(ANSWERS_SHOWN * Language.values().length).getResultList()) {
            long id = (Long) row[0];
            Language titleLanguage = language(row[4]);
            PersonProfile.Answer known = answers.get(id);
            boolean better = known == null || titleLanguage == language
                    || titleLanguage == language(row[7]) && known.titleLanguage() != language;
            if (better) {
                answers.put(id, new PersonProfile.Answer(id, (Long) row[1], (String) row[5], titleLanguage,
                        InitiativePost.excerpt((String) row[2], EXCERPT), language(row[6]), (Instant) row[3]));
            }
        }
        return answers.values().stream().limit(ANSWERS_SHOWN).toList();
    }

    /** A language read by a report query: a map key comes back as its column's value, the language's name. */
    private static Language language(Object value) {
        return value instanceof Language l ? l : Language.valueOf(value.toString());
    }

    /** The members of an organisation who show their public profile, by name. */
    public List<ShownMember> shownMembers(long organisationId) {
        return em.createNamedQuery(Account.FIND_SHOWN_BY_ORGANISATION, Account.class)
                .setParameter("organisation", organisationId).setMaxResults(200).getResultList().stream()
                .map(a -> new ShownMember(a.getId(), a.getDisplayName(), Initiative.slug(a.getDisplayName())))
                .toList();
    }
}
