package org.bepart.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page cache cannot be poisoned: a request with a forged Host (and forwarding headers, a client's
 * {@code no-cache} and junk parameters) gets no link to the forged host, and every cached page keeps its links;
 * junk parameters, slugs and {@code no-cache} are served the cached page instead of rendering a new one.
 */
class PageCachePoisoningIT {

    private static final String EVIL = "evil.example";

    @ParameterizedTest
    @ValueSource(strings = {"/initiatives?lang=en", "/initiatives?lang=fr&country=AM", "/initiatives/1?lang=en",
            "/initiatives/1/history?lang=ru", "/map?lang=en", "/statistics?lang=hy"})
    void aForgedHostLeavesTheCachedPageAsItWas(String path) throws IOException {
        Site.get(path);
        HttpResponse<String> cached = Site.get(path);
        assertEquals("HIT", cached.headers().firstValue("X-Cache").orElse(""), path + " is in the cache");
        String links = links(cached.body());
        assertTrue(links.contains(Site.BASE + "/"), path + " links to the site: " + links);

        String poisoned = forged(path + "&utm_source=" + EVIL + "&x" + System.nanoTime() + "=1");
        assertTrue(poisoned.startsWith("HTTP/1.1 200") || poisoned.startsWith("HTTP/1.0 200"), poisoned);
        assertFalse(poisoned.contains(EVIL), "nothing of the forged request reaches the page: " + poisoned);

        HttpResponse<String> after = Site.get(path);
        assertEquals("HIT", after.headers().firstValue("X-Cache").orElse(""));
        assertEquals(cached.body(), after.body(), path + ": every link as it was");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/initiatives?lang=en&q=budget&country=FR&country=AM", "/initiatives/2?lang=fr"})
    void junkParametersSlugsAndNoCacheGetTheCachedPage(String path) {
        Site.get(path);
        HttpResponse<String> cached = Site.get(path);
        assertEquals("HIT", cached.headers().firstValue("X-Cache").orElse(""));
        String sameSearch = path.contains("q=budget")
                ? "/initiatives?country=AM&utm_campaign=spring&q=budget&lang=en&country=FR&country=AM&page="
                : "/initiatives/2/any-slug-at-all/?ref=mail&lang=fr";
        for (HttpResponse<String> response : new HttpResponse[] {Site.get(path, "Cache-Control", "no-cache"),
                Site.get(path, "Pragma", "no-cache"), Site.get(sameSearch)}) {
            assertEquals("HIT", response.headers().firstValue("X-Cache").orElse(""), response.uri().toString());
            assertEquals(cached.body(), response.body(), response.uri().toString());
        }
        assertFalse(Site.get(sameSearch).body().contains("utm_campaign"));
    }

    /** The canonical, alternate and OpenGraph addresses of a page. */
    private static String links(String html) {
        StringBuilder links = new StringBuilder();
        Matcher m = Pattern.compile("<(?:link rel=\"(?:canonical|alternate)\"[^>]*|meta property=\"og:url\"[^>]*)>")
                .matcher(html);
        while (m.find()) {
            links.append(m.group()).append('\n');
        }
        return links.toString();
    }

    /** The answer to {@code path} asked for with a forged Host, forwarding headers and {@code no-cache}. */
    private static String forged(String path) throws IOException {
        URI base = URI.create(Site.BASE);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.0\r\nHost: " + EVIL + "\r\nX-Forwarded-Host: " + EVIL
                    + "\r\nX-Forwarded-Proto: https\r\nForwarded: host=" + EVIL + "\r\nCache-Control: no-cache\r\n"
                    + "Pragma: no-cache\r\nAccept-Language: en\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            return received.toString(StandardCharsets.UTF_8);
        }
    }
}
