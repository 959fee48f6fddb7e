package org.bepart.web.cache;

import org.junit.jupiter.api.Test;

import org.bepart.platform.PublicPart;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageAddressTest {

    private static Map<String, String[]> parameters(String... nameValue) {
        Map<String, String[]> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            String name = nameValue[i];
            String[] old = map.getOrDefault(name, new String[0]);
            String[] values = java.util.Arrays.copyOf(old, old.length + 1);
            values[old.length] = nameValue[i + 1];
            map.put(name, values);
        }
        return map;
    }

    private static String key(String path, String... nameValue) {
        PageAddress address = PageAddress.of(path, parameters(nameValue)).orElseThrow();
        return address.path() + "?" + address.query();
    }

    @Test
    void aWidgetIsCachedByItsPathAloneAndFollowsTheInitiatives() {
        PageAddress address = PageAddress.of("/widget/country/AM/", parameters("lang", "fr", "x", "1")).orElseThrow();
        assertEquals("/widget/country/AM", address.path());
        assertTrue(address.parameters().isEmpty(), "the language is in the cache's key, not in the address");
        assertEquals(Set.of(PublicPart.INITIATIVES), address.parts());
        assertEquals("/widget/organisation/12", key("/widget/organisation/12").replace("?", ""));
        assertFalse(PageAddress.of("/widget/embed.js", Map.of()).isPresent());
        assertFalse(PageAddress.of("/widget/country/" + "A".repeat(41), Map.of()).isPresent());
    }

    @Test
    void junkParametersOrderAndBlanksDoNotChangeTheAddress() {
        String plain = key("/initiatives", "q", "budget", "country", "AM", "country", "FR", "page", "2");
        assertEquals("/initiatives?q=budget&country=AM&country=FR&page=2", plain);
        assertEquals(plain, key("/initiatives", "junk", "1", "page", "2", "country", "FR", "lang", "en",
                "country", "AM", "country", "AM", "stage", " ", "q", "budget", "utm_source", "x"));
        assertEquals("/map?q=%D5%A2%D5%B5%D5%B8%D6%82%D5%BB%D5%A5", key("/map", "q", "բյուջե", "nocache", "42"));
        assertEquals("/statistics?", key("/statistics", "q", "x", "anything", "y"));
    }

    @Test
    void initiativePagesLoseTheirSlugAndTrailingSlash() {
        assertEquals("/initiatives/12?", key("/initiatives/12"));
        assertEquals("/initiatives/12?", key("/initiatives/12/any-slug-at-all/", "junk", "1"));
        assertEquals("/initiatives/12/history?from=1&to=3", key("/initiatives/12/history/", "to", "3", "from", "1",
                "from", "2", "x", "y"));
        assertEquals(Optional.empty(), PageAddress.of("/initiatives/abc", Map.of()));
        assertEquals(Optional.empty(), PageAddress.of("/initiatives/1/2/3", Map.of()));
    }

    @Test
    void everyPublicPageTypeHasAnAddress() {
        assertEquals("/?", key("/", "q", "x"));
        assertEquals("/?", key("", "page", "3"));
        assertEquals("/news?category=announcement&page=2", key("/news/", "page", "2", "category", "announcement",
                "q", "x"));
        assertEquals("/news/7?", key("/news/7/a-slug"));
        assertEquals("/news/feed.rss?category=event", key("/news/feed.rss", "category", "event", "page", "2"));
        assertEquals("/events?month=2026-12", key("/events", "month", "2026-12", "category", "x"));
        assertEquals("/events/4?", key("/events/4/the-forum"));
        assertEquals("/contests?", key("/contests"));
        assertEquals("/contests/5?", key("/contests/5/draw-the-future/"));
        assertEquals("/organisations/9?", key("/organisations/9/yerevan"));
        assertEquals("/organisations/9?page=2", key("/organisations/9/yerevan", "page", "2", "q", "x"),
                "an organisation's page: the page of its initiatives");
        assertEquals("/about?", key("/about"));
        assertEquals("/codebook?", key("/codebook"));
        assertEquals("/statistics?", key("/statistics"));
        assertEquals("/sitemap.xml?", key("/sitemap.xml"));
        assertEquals("/sitemaps/initiatives-1.xml?", key("/sitemaps/initiatives-1.xml"));
    }

    @Test
    void formsFilesAndOtherPagesOfAnItemAreNotCached() {
        assertEquals(Optional.empty(), PageAddress.of("/contests/5/enter", Map.of()), "the entry form");
        assertEquals(Optional.empty(), PageAddress.of("/events/4/ics", Map.of()), "the calendar file");
        assertEquals(Optional.empty(), PageAddress.of("/events/4.ics", Map.of()));
        assertEquals(Optional.empty(), PageAddress.of("/initiatives/4.pdf", Map.of()), "the printable sheet");
        assertEquals(Optional.empty(), PageAddress.of("/news/images/3", Map.of()));
        assertEquals(Optional.empty(), PageAddress.of("/contests/media/3", Map.of()));
        assertEquals(Optional.empty(), PageAddress.of("/login", Map.of()));
        assertEquals(Optional.empty(), PageAddress.of("/contact", Map.of()));
        assertEquals(Optional.empty(), PageAddress.of("/admin", Map.of()));
        assertEquals(Optional.empty(), PageAddress.of("/account/initiatives", Map.of()));
        assertEquals(Optional.empty(), PageAddress.of("/api/initiatives", Map.of()));
        assertEquals(Optional.empty(), PageAddress.of("/newsletter", Map.of()));
        assertEquals(Optional.empty(), PageAddress.of("/sitemaps/../admin.xml", Map.of()));
        assertEquals(Optional.empty(), PageAddress.of("/initiatives/" + "1".repeat(300), Map.of()));
    }

    @Test
    void aPageIsStaleWhenWhatItShowsChanges() {
        assertEquals(Set.of(PublicPart.INITIATIVES), PageAddress.of("/initiatives/3", Map.of()).orElseThrow().parts());
        assertEquals(Set.of(PublicPart.INITIATIVES, PublicPart.ORGANISATIONS), PageAddress.of("/organisations/3",
                Map.of()).orElseThrow().parts(), "an organisation's page: its details (a badge) and its initiatives");
        assertEquals(EnumSet.allOf(PublicPart.class), PageAddress.of("/", Map.of()).orElseThrow().parts());
        assertEquals(Set.of(PublicPart.NEWS, PublicPart.EVENTS), PageAddress.of("/events/2", Map.of()).orElseThrow()
                .parts(), "an event's page links news");
        assertEquals(Set.of(PublicPart.CONTESTS), PageAddress.of("/contests", Map.of()).orElseThrow().parts());
        assertEquals(Set.of(), PageAddress.of("/about", Map.of()).orElseThrow().parts());
    }

    @Test
    void theDirectoryOfOrganisationsIsKeyedByItsFiltersAndFollowsInitiatives() {
        String filtered = key("/organisations/", "page", "2", "sort", "initiatives", "lang", "en", "sector",
                "research", "country", "AM", "country", "FR", "q", " Lab ", "junk", "1");
        assertEquals("/organisations?q=+Lab+&country=AM&sector=research&sort=initiatives&page=2", filtered);
        assertEquals("/organisations?", key("/organisations", "q", "", "utm_source", "x"));
        PageAddress directory = PageAddress.of("/organisations", Map.of()).orElseThrow();
        assertEquals(Set.of(PublicPart.INITIATIVES, PublicPart.ORGANISATIONS), directory.parts(),
                "it counts public initiatives and shows badges");
        assertTrue(directory.knows("sector"));
        assertFalse(directory.knows("id"));
    }

    @Test
    void thePageReadsOnlyItsOwnParameters() {
        PageAddress catalogue = PageAddress.of("/initiatives", parameters("q", "x", "junk", "1")).orElseThrow();
        assertTrue(catalogue.knows("q"));
        assertTrue(catalogue.knows("country"), "known even when absent: the page must not see a junk value");
        assertFalse(catalogue.knows("junk"));
        PageAddress detail = PageAddress.of("/initiatives/3", parameters("id", "9")).orElseThrow();
        assertFalse(detail.knows("id"), "the id comes with the forward to the page");
        assertEquals(Map.of("from", List.of("2")), PageAddress.of("/initiatives/3/history",
                parameters("from", "2")).orElseThrow().parameters());
    }
}
