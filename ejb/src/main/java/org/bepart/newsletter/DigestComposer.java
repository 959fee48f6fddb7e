package org.bepart.newsletter;

import jakarta.persistence.EntityManager;
import org.bepart.initiative.Initiative;
import org.bepart.language.Language;
import org.bepart.time.InstitutionZone;
import org.bepart.news.NewsItem;
import org.bepart.notification.MailSettings;
import org.bepart.notification.RecipientTexts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;

/**
 * The text of a digest in one language, from the bundle: the chosen news items and the initiatives, each with its
 * title and link, and the unsubscribe link ({@link #UNSUBSCRIBE_MARK} until the subscriber's own link replaces it).
 */
final class DigestComposer {

    static final String UNSUBSCRIBE_MARK = "{unsubscribe-link}";

    private DigestComposer() {
    }

    static List<DigestItem> news(EntityManager em, List<Long> ids, Language language) {
        return ids.stream().map(id -> em.find(NewsItem.class, id)).filter(Objects::nonNull)
                .map(n -> new DigestItem(n.getId(), n.textFor(language).text().getTitle(),
                        "/news/" + n.getId() + "/" + n.slug(language))).toList();
    }

    static List<DigestItem> initiatives(EntityManager em, List<Long> ids, Language language) {
        return ids.stream().map(id -> em.find(Initiative.class, id)).filter(Objects::nonNull)
                .map(i -> new DigestItem(i.getId(), i.textFor(language).text().getTitle(),
                        "/initiatives/" + i.getId())).toList();
    }

    static DigestText compose(EntityManager em, List<Long> newsIds, List<Long> initiativeIds, Language language,
                              Instant at) {
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
                .format(LocalDate.ofInstant(at, InstitutionZone.get()));
        StringBuilder body = new StringBuilder(RecipientTexts.format(language, "newsletter.digest.intro", date));
        section(body, RecipientTexts.text(language, "newsletter.digest.news"), news(em, newsIds, language));
        section(body, RecipientTexts.text(language, "newsletter.digest.initiatives"),
                initiatives(em, initiativeIds, language));
        body.append("\n\n-- \n").append(RecipientTexts.format(language, "newsletter.digest.footer",
                UNSUBSCRIBE_MARK));
        return new DigestText(language, RecipientTexts.format(language, "newsletter.digest.subject", date),
                body.toString());
    }

    private static void section(StringBuilder body, String heading, List<DigestItem> items) {
        if (items.isEmpty()) {
            return;
        }
        body.append("\n\n").append(heading).append("\n");
        for (DigestItem item : items) {
            body.append("\n* ").append(item.title()).append("\n  ").append(MailSettings.link(item.path()));
        }
    }
}
