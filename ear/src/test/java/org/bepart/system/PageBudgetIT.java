package org.bepart.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The weight and speed a reader feels, page type by page type, in Chromium on a throttled phone profile (Lighthouse's
 * mobile one: 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up, a CPU four times slower, a phone's screen): each
 * page's HTML within 60 KB, its largest contentful paint within 2.5 s ("good" in Core Web Vitals), our own style
 * sheets and scripts at versioned addresses and taken from the browser's cache on the next page. The figures are
 * written to {@code ear/target/page-budget.md}; docs/benchmarks.md records a run.
 */
class PageBudgetIT {

    static final int HTML_BUDGET = 60 * 1024;
    static final double LCP_BUDGET_MS = 2_500;

    private static Browser browser;

    @BeforeAll
    static void phone() {
        browser = new Browser("en");
        ChromeDriver chrome = (ChromeDriver) browser.driver;
        chrome.manage().window().setSize(new Dimension(412, 823));
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 150,
                "downloadThroughput", 1_600_000 / 8, "uploadThroughput", 750_000 / 8));
        chrome.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    /** What the browser measured of the page it shows. */
    private record Measure(long htmlBytes, long transferred, double lcp, List<Map<String, Object>> resources) {
    }

    @SuppressWarnings("unchecked")
    private static Measure measure() {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        Object lcp = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                new PerformanceObserver(list => {
                    const entries = list.getEntries();
                    done(entries[entries.length - 1].startTime);
                }).observe({type: 'largest-contentful-paint', buffered: true});""");
        Map<String, Object> navigation = (Map<String, Object>) js.executeScript(
                "const n = performance.getEntriesByType('navigation')[0];"
                        + " return {html: n.decodedBodySize, transferred: n.transferSize};");
        List<Map<String, Object>> resources = (List<Map<String, Object>>) js.executeScript(
                "return performance.getEntriesByType('resource').map(r => ({name: r.name,"
                        + " transferred: r.transferSize}));");
        long transferred = ((Number) navigation.get("transferred")).longValue() + resources.stream()
                .mapToLong(r -> ((Number) r.get("transferred")).longValue()).sum();
        return new Measure(((Number) navigation.get("html")).longValue(), transferred,
                ((Number) lcp).doubleValue(), resources);
    }

    private static boolean own(Map<String, Object> resource) {
        return resource.get("name").toString().startsWith(Site.BASE + "/jakarta.faces.resource/");
    }

    @Test
    void everyPublicPageIsLightAndPaintsFastOnAPhoneAndItsOwnFilesComeFromTheCacheNextTime() throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add("| page | HTML bytes | transferred, first visit | LCP ms, first visit | transferred, next visit |"
                + " LCP ms, next visit |");
        rows.add("| --- | --- | --- | --- | --- | --- |");
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> page : PageCacheIT.everyPageType().entrySet()) {
            if (page.getValue().contains(".rss") || page.getValue().contains(".xml")) {
                continue; // feeds and the sitemap are not pages a person looks at
            }
            ((ChromeDriver) browser.driver).executeCdpCommand("Network.clearBrowserCache", Map.of());
            browser.open(page.getValue());
            Measure first = measure();
            for (Map<String, Object> resource : first.resources()) {
                if (own(resource)) {
                    assertTrue(resource.get("name").toString().contains("v="),
                            page.getKey() + ": " + resource.get("name") + " has a versioned address");
                }
            }
            browser.open(page.getValue());
            Measure next = measure();
            for (Map<String, Object> resource : next.resources()) {
                if (own(resource)) {
                    assertEquals(0L, ((Number) resource.get("transferred")).longValue(),
                            page.getKey() + ": " + resource.get("name") + " from the browser's cache");
                }
            }
            rows.add("| " + page.getKey() + " | " + first.htmlBytes() + " | " + first.transferred() + " | "
                    + Math.round(first.lcp()) + " | " + next.transferred() + " | " + Math.round(next.lcp()) + " |");
            if (first.htmlBytes() > HTML_BUDGET) {
                failures.add(page.getKey() + ": " + first.htmlBytes() + " bytes of HTML");
            }
            if (first.lcp() > LCP_BUDGET_MS) {
                failures.add(page.getKey() + ": largest contentful paint at " + Math.round(first.lcp()) + " ms");
            }
        }
        write(rows);
        assertTrue(failures.isEmpty(), String.join("; ", failures));
    }

    private static void write(List<String> rows) throws IOException {
        Path out = Path.of("target", "page-budget.md");
        Files.write(out, rows);
        rows.forEach(System.out::println);
    }
}
