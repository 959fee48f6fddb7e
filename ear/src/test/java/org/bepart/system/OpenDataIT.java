package org.bepart.system;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The open data as a client uses it: the JSON API, the exports parsed as files, the sitemap followed. */
class OpenDataIT {

    private static final Json JSON = new Json();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String path) {
        HttpResponse<String> response = Site.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.toType(response.body(), Map.class);
    }

    private static long publicCount() {
        return Site.demo().stream().filter(Site::isPublic).count();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApiPagesThroughEveryPublicInitiativeWithStableFields() {
        Set<Object> ids = new HashSet<>();
        Map<String, Object> first = object("/api/v1/initiatives?size=10&lang=en");
        assertEquals(publicCount(), ((Number) first.get("total")).longValue());
        int pages = ((Number) first.get("pages")).intValue();
        for (int page = 1; page <= pages; page++) {
            List<Map<String, Object>> items = (List<Map<String, Object>>) object(
                    "/api/v1/initiatives?size=10&page=" + page).get("items");
            items.forEach(i -> ids.add(i.get("id")));
        }
        assertEquals(publicCount(), ids.size());
        Map<String, Object> item = ((List<Map<String, Object>>) first.get("items")).get(0);
        for (String field : List.of("id", "url", "title", "summary", "language", "originalLanguage", "country",
                "level", "stages", "participation", "themes", "tools", "targetGroups", "status", "submittedAt")) {
            assertTrue(item.containsKey(field), field);
        }
        assertTrue(!item.toString().contains("@example."), "no e-mail addresses in open data");
        Map<String, Object> facets = (Map<String, Object>) first.get("facets");
        assertTrue(((Map<String, Object>) facets.get("country")).containsKey("AM"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApiFiltersLikeTheCatalogueAndRefusesUnknownValues() {
        long armenian = Site.demo().stream().filter(Site::isPublic).filter(i -> i.get("country").equals("AM"))
                .count();
        assertEquals(armenian, ((Number) object("/api/v1/initiatives?country=AM").get("total")).longValue());
        Map<String, Object> one = object("/api/v1/initiatives/1?lang=hy");
        assertEquals(1L, ((Number) one.get("id")).longValue());
        assertEquals("hy", one.get("language"));

        HttpResponse<String> unknown = Site.get("/api/v1/initiatives?country=XX&stage=nope");
        assertEquals(400, unknown.statusCode());
        Map<String, Object> error = JSON.toType(unknown.body(), Map.class);
        assertEquals(2, ((List<Object>) error.get("rejected")).size());
        assertEquals(400, Site.get("/api/v1/initiatives?size=1000").statusCode());
        assertEquals(400, Site.get("/api/v1/initiatives?page=0").statusCode());
        assertEquals(404, Site.get("/api/v1/initiatives/999999").statusCode());
        assertEquals(404, Site.get("/api/v1/initiatives/abc").statusCode());
        assertEquals(200, Site.get("/api/v1/initiatives?q=%22%2B-%3A*((%5B").statusCode());
    }

    @Test
    void theCsvExportParsesWithOneRowPerInitiative() throws IOException {
        HttpResponse<String> response = Site.get("/api/v1/initiatives/export.csv?lang=fr");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        try (CSVParser csv = csv(response.body())) {
            List<CSVRecord> rows = csv.getRecords();
            assertEquals(publicCount(), rows.size());
            assertTrue(csv.getHeaderNames().containsAll(List.of("id", "title", "country", "stages", "lessonsLearned")));
            Set<String> ids = new HashSet<>();
            rows.forEach(r -> ids.add(r.get("id")));
            assertEquals(rows.size(), ids.size());
            assertTrue(rows.stream().anyMatch(r -> r.get("description").contains("\n")), "multi-line cells survive");
        }
        long expected = Site.demo().stream().filter(Site::isPublic).filter(i -> i.get("country").equals("AM")
                && ((List<?>) i.get("stages")).contains("DECISION")).count();
        try (CSVParser armenia = csv(Site.get("/api/v1/initiatives/export.csv?country=AM&stage=decision").body())) {
            List<CSVRecord> rows = armenia.getRecords();
            assertEquals(expected, rows.size());
            assertTrue(rows.stream().allMatch(r -> r.get("country").equals("AM") && r.get("stages").contains("decision")));
        }
    }

    private static CSVParser csv(String body) throws IOException {
        return CSVParser.parse(new StringReader(body.replaceFirst("^\uFEFF", "")),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get());
    }

    @Test
    void mapPointsAndSuggestionsComeAsJson() {
        long armenian = Site.demo().stream().filter(Site::isPublic).filter(i -> i.get("country").equals("AM"))
                .count();
        HttpResponse<String> points = Site.get("/api/v1/initiatives/points?country=AM");
        assertEquals(200, points.statusCode());
        List<?> located = JSON.toType(points.body(), List.class);
        assertEquals(armenian, located.size());
        HttpResponse<String> suggestions = Site.get("/api/v1/initiatives/suggestions?lang=en&q=partic");
        assertEquals(200, suggestions.statusCode());
        List<?> offered = JSON.toType(suggestions.body(), List.class);
        assertTrue(offered.size() > 0);
        assertEquals(400, Site.get("/api/v1/initiatives/points?stage=nope").statusCode());
    }

    @Test
    void theJsonExportParses() {
        HttpResponse<String> response = Site.get("/api/v1/initiatives/export.json");
        assertEquals(200, response.statusCode());
        List<?> all = JSON.toType(response.body(), List.class);
        assertEquals(publicCount(), all.size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void taxonomiesNameEveryCodeInTheRequestedLanguage() {
        Map<String, Object> lists = object("/api/v1/taxonomies?lang=ru");
        List<Map<String, Object>> countries = (List<Map<String, Object>>) lists.get("country");
        assertEquals(46, countries.size());
        assertTrue(countries.contains(Map.of("code", "AM", "name", "Армения")));
        assertEquals(12, ((List<?>) lists.get("theme")).size());
    }

    @Test
    void theSitemapListsEveryPublicPageInEveryLanguageAndEachAnswers() {
        HttpResponse<String> index = Site.get("/sitemap.xml");
        assertEquals(200, index.statusCode());
        List<String> files = locations(index.body());
        assertTrue(files.size() >= 2);
        List<String> pages = new ArrayList<>();
        for (String file : files) {
            HttpResponse<String> sitemap = Site.get(file.replace(Site.BASE, ""));
            assertEquals(200, sitemap.statusCode(), file);
            pages.addAll(locations(sitemap.body()));
        }
        long initiatives = pages.stream().filter(p -> p.contains("/initiatives/")).count();
        assertEquals(4 * publicCount(), initiatives, "each public initiative in four languages");
        for (String kind : List.of("/news/", "/events/", "/contests/")) {
            assertTrue(pages.stream().anyMatch(p -> p.contains(kind) && p.contains("lang=hy")), kind + " listed");
        }
        for (String list : List.of("/news?", "/events?", "/contests?", "/statistics?", "/map?")) {
            assertTrue(pages.stream().anyMatch(p -> p.contains(list)), list + " listed");
        }
        for (String page : pages.stream().filter(p -> p.contains("lang=en")).toList()) {
            assertEquals(200, Site.get(page.replace(Site.BASE, "").replace("&amp;", "&")).statusCode(), page);
        }
    }

    private static List<String> locations(String xml) {
        List<String> locations = new ArrayList<>();
        Matcher m = Pattern.compile("<loc>([^<]+)</loc>").matcher(xml);
        while (m.find()) {
            locations.add(m.group(1));
        }
        return locations;
    }

    @Test
    void theOpenApiDescriptionIsServed() {
        HttpResponse<String> openapi = Site.get("/openapi");
        assertEquals(200, openapi.statusCode());
        String description = openapi.body();
        assertTrue(description.contains("/api/v1/initiatives/export.csv"), description);
        assertTrue(description.contains("title: BePART open data"), description);
        assertTrue(description.contains("name: country"), "the filters are documented");
    }
}
