package org.bepart.web.monitoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageTypeTest {

    @ParameterizedTest
    @CsvSource({
            "/, home", "/initiatives, catalogue", "/initiatives/12, initiative",
            "/initiatives/12/green-park, initiative", "/initiatives/12/history, initiative", "/map, map",
            "/statistics, statistics", "/news, news", "/news/7, news", "/news/feed.rss, feed", "/events/feed.ics, feed",
            "/sitemap.xml, feed", "/news/images/3, media", "/media/5, media", "/newsletter, newsletter",
            "/events?month=2026-12, events", "/contests/2/enter, contests", "/organisations/4, organisations",
            "/api/v1/initiatives, api", "/jakarta.faces.resource/bepart.css.xhtml, resource", "/login, account",
            "/account/initiatives, account", "/admin/news, admin", "/about, other"})
    void eachPathHasItsType(String path, String type) {
        assertEquals(type, PageType.of(path.replaceAll("\\?.*", "")).tag());
    }
}
