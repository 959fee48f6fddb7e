package org.bepart.follow;

import jakarta.persistence.EntityManager;
import org.bepart.country.MemberState;
import org.bepart.discussion.InitiativePost;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.ParticipationLevel;
import org.bepart.language.Language;
import org.bepart.news.NewsItem;
import org.bepart.notification.RecipientTexts;
import org.bepart.organisation.Organisation;
import org.bepart.taxonomy.Term;
import org.bepart.taxonomy.TermKind;

import java.time.Instant;
import java.util.Optional;

/**
 * The words of following in a language: labels and pages of targets, the line of an item (only while readers may see
 * its subject: a hidden, rejected or withdrawn subject has none), and the unsubscribe link of a mail.
 */
final class FollowTexts {

    /** How much of an answer a line quotes, in characters. */
    private static final int EXTRACT = 140;

    private FollowTexts() {
    }

    /** The target's label and public page; empty when it no longer exists. */
    static Optional<FollowRow> row(EntityManager em, FollowTarget target, String key, Language language) {
        return switch (target) {
            case INITIATIVE -> Optional.ofNullable(em.find(Initiative.class, Long.valueOf(key)))
                    .map(i -> new FollowRow(target, key, title(i, language), "/initiatives/" + key));
            case ORGANISATION -> Optional.ofNullable(em.find(Organisation.class, Long.valueOf(key)))
                    .map(o -> new FollowRow(target, key, o.getName(), "/organisations/" + key));
            case THEME -> theme(em, key).map(t -> new FollowRow(target, key, t.nameIn(language),
                    "/initiatives?theme=" + key));
            case COUNTRY -> MemberState.fromCode(key).map(m -> new FollowRow(target, key,
                    m.displayName(language.locale()), "/initiatives?country=" + key));
            case PARTICIPATION -> ParticipationLevel.fromCode(key).map(p -> new FollowRow(target, key,
                    RecipientTexts.label(language, p), "/initiatives?participation=" + key));
        };
    }

    static Optional<Term> theme(EntityManager em, String code) {
        return em.createNamedQuery(Term.FIND_BY_KIND_AND_CODE, Term.class).setParameter("kind", TermKind.THEME)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /**
     * The item's line in {@code language} (its text, then its page) while readers see its subject at {@code now};
     * empty when they do not.
     */
    static Optional<ItemLine> line(EntityManager em, FollowItem item, Language language, Instant now) {
        if (item.getKind() == FollowItemKind.NEWS) {
            NewsItem news = em.find(NewsItem.class, item.getSubjectId());
            return news == null || !news.isVisibleAt(now) ? Optional.empty()
                    : Optional.of(new ItemLine(RecipientTexts.format(language, "FollowItemKind.NEWS",
                    news.textFor(language).text().getTitle()), "/news/" + news.getId() + "/" + news.slug(language)));
        }
        if (item.getKind() == FollowItemKind.ANSWER) {
            return answer(em, item.getSubjectId(), language);
        }
        Initiative initiative = em.find(Initiative.class, item.getSubjectId());
        if (initiative == null || !initiative.isPublic()) {
            return Optional.empty();
        }
        String text = item.getKind() == FollowItemKind.VALIDATED
                ? RecipientTexts.format(language, "FollowItemKind.VALIDATED", title(initiative, language))
                : RecipientTexts.format(language, "FollowItemKind.STATUS", title(initiative, language),
                        RecipientTexts.label(language, initiative.getStatus()));
        return Optional.of(new ItemLine(text, "/initiatives/" + initiative.getId()));
    }

    /** The line of the team's answer {@code postId} while readers see it and its initiative: a short extract. */
    private static Optional<ItemLine> answer(EntityManager em, long postId, Language language) {
        InitiativePost answer = em.find(InitiativePost.class, postId);
        if (answer == null || !answer.isShown()) {
            return Optional.empty();
        }
        Initiative initiative = em.find(Initiative.class, answer.getInitiativeId());
        if (initiative == null || !initiative.isPublic()) {
            return Optional.empty();
        }
        return Optional.of(new ItemLine(RecipientTexts.format(language, "FollowItemKind.ANSWER",
                title(initiative, language), InitiativePost.excerpt(answer.getText(), EXTRACT)),
                "/initiatives/" + initiative.getId() + "#post-" + postId));
    }


    static String title(Initiative initiative, Language language) {
        return initiative.textFor(language).text().getTitle();
    }
}
