package org.bepart.news;

import org.bepart.translation.ShownText;
import org.bepart.language.Language;
import org.bepart.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewsItemTest {

    private static final Instant NOW = Instant.parse("2026-06-09T11:00:00Z");

    private static NewsItem draft() {
        return new NewsItem(NewsCategory.ANNOUNCEMENT, Language.HY,
                new NewsText("Մրցույթ", null, "<p>Տեքստ</p>", null, null), null, NOW);
    }

    @Test
    void aNewItemIsADraftOnlyEditorsSee() {
        NewsItem item = draft();
        assertEquals(NewsStatus.DRAFT, item.statusAt(NOW));
        assertFalse(item.isVisibleAt(NOW.plus(Duration.ofDays(365))));
        assertNull(item.getPublishAt());
    }

    @Test
    void publishingMakesItVisibleFromNow() {
        NewsItem item = draft();
        item.publish(NOW);
        assertEquals(NewsStatus.PUBLISHED, item.statusAt(NOW));
        assertTrue(item.isVisibleAt(NOW));
        assertEquals(NOW, item.getPublishAt());
        assertThrows(NewsTransitionException.class, () -> item.publish(NOW.plusSeconds(1)));
    }

    @Test
    void aScheduledItemIsPublishedWhenItsTimeComesWithoutAnybodyActing() {
        NewsItem item = draft();
        Instant at = NOW.plus(Duration.ofHours(2));
        item.schedule(at, NOW);
        assertEquals(NewsStatus.SCHEDULED, item.statusAt(NOW));
        assertFalse(item.isVisibleAt(at.minusMillis(1)));
        assertTrue(item.isVisibleAt(at));
        assertEquals(NewsStatus.PUBLISHED, item.statusAt(at.plusSeconds(60)));
        assertEquals(NewsStatus.SCHEDULED, item.getStatus(), "stored status unchanged; visibility is computed");
    }

    @Test
    void schedulingInThePastIsRefused() {
        NewsItem item = draft();
        NewsTransitionException e = assertThrows(NewsTransitionException.class, () -> item.schedule(NOW, NOW));
        assertEquals("news.error.scheduleInPast", e.getMessageKey());
        assertEquals(NewsStatus.DRAFT, item.statusAt(NOW));
    }

    @Test
    void unpublishingTakesAPublishedItemDownAndAScheduledOneBackToDraft() {
        NewsItem published = draft();
        published.publish(NOW);
        published.unpublish(NOW.plusSeconds(10));
        assertEquals(NewsStatus.UNPUBLISHED, published.statusAt(NOW.plusSeconds(20)));
        assertFalse(published.isVisibleAt(NOW.plusSeconds(20)));

        NewsItem scheduled = draft();
        scheduled.schedule(NOW.plus(Duration.ofDays(1)), NOW);
        scheduled.unpublish(NOW);
        assertEquals(NewsStatus.DRAFT, scheduled.statusAt(NOW.plus(Duration.ofDays(2))));
        assertNull(scheduled.getPublishAt());

        assertThrows(NewsTransitionException.class, () -> draft().unpublish(NOW));
    }

    @Test
    void republishingKeepsTheFirstPublicationTime() {
        NewsItem item = draft();
        item.publish(NOW);
        item.unpublish(NOW.plusSeconds(60));
        item.publish(NOW.plusSeconds(120));
        assertEquals(NOW, item.getPublishAt());
        assertTrue(item.isVisibleAt(NOW.plusSeconds(120)));
    }

    @Test
    void aScheduledItemWhoseTimeHasComeCannotBeScheduledAgainButCanBeTakenDown() {
        NewsItem item = draft();
        item.schedule(NOW.plusSeconds(60), NOW);
        Instant later = NOW.plusSeconds(120);
        assertThrows(NewsTransitionException.class, () -> item.schedule(later.plusSeconds(600), later));
        item.unpublish(later);
        assertEquals(NewsStatus.UNPUBLISHED, item.statusAt(later));
    }

    @Test
    void readersGetTheirLanguageOrTheOriginal() {
        NewsItem item = draft();
        item.write(Language.EN, new NewsText("Contest", null, null, null, null), NOW);
        assertEquals("Contest", item.textFor(Language.EN).text().getTitle());
        assertFalse(item.textFor(Language.EN).isFallback());
        ShownText<NewsText> french = item.textFor(Language.FR);
        assertEquals(Language.HY, french.language());
        assertTrue(french.isFallback());
        assertEquals(List.of(Language.HY, Language.EN), List.copyOf(item.getLanguages()));
        assertThrows(BusinessException.class, () -> item.removeTranslation(Language.HY, NOW));
        item.removeTranslation(Language.EN, NOW);
        assertTrue(item.textFor(Language.EN).isFallback());
    }

    @Test
    void theSlugComesFromTheTitleShown() {
        NewsItem item = new NewsItem(NewsCategory.NEWS, Language.EN,
                new NewsText("BePART goes live: submit your initiative!", null, null, null, null), null, NOW);
        item.write(Language.FR, new NewsText("Écoles et énergie durable", null, null, null, null), NOW);
        assertEquals("bepart-goes-live-submit-your-initiative", item.slug(Language.EN));
        assertEquals("ecoles-et-energie-durable", item.slug(Language.FR));
        assertEquals("bepart-goes-live-submit-your-initiative", item.slug(Language.RU));
    }

    @Test
    void theCallToActionLeadsOnlyIntoThePlatform() {
        NewsItem item = draft();
        item.callToAction(" /account/initiatives/edit ", NOW);
        assertEquals("/account/initiatives/edit", item.getCtaLink());
        for (String bad : List.of("https://evil.example/", "//evil.example/x", "javascript:alert(1)", "/a b",
                "/\\evil", "account")) {
            assertThrows(BusinessException.class, () -> item.callToAction(bad, NOW), bad);
        }
        item.callToAction("", NOW);
        assertNull(item.getCtaLink());
    }

    @Test
    void tagsAreCleanedAndDeduplicated() {
        NewsItem item = draft();
        item.tag(List.of(" green  transition ", "Youth", "youth", ""), NOW);
        assertEquals(List.of("green transition", "Youth"), item.getTags());
        assertThrows(BusinessException.class, () -> item.tag(
                java.util.stream.IntStream.range(0, NewsItem.TAGS_MAX + 1).mapToObj(i -> "t" + i).toList(), NOW));
    }

    @Test
    void categoriesHaveAddressCodes() {
        assertEquals("press-release", NewsCategory.PRESS_RELEASE.code());
        assertEquals(NewsCategory.ANNOUNCEMENT, NewsCategory.fromCode("Announcement").orElseThrow());
        assertTrue(NewsCategory.fromCode("nonsense").isEmpty());
    }
}
