package org.bepart.system;

import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The BePART instance under test (Payara Server with the EAR on PostgreSQL) and the demo data it was loaded with. */
final class Site {

    static final String BASE = System.getProperty("bepart.baseUrl", "http://127.0.0.1:28080");
    /** The first administrator server.sh test-start creates (BEPART_ADMIN_EMAIL, BEPART_ADMIN_PASSWORD). */
    static final String ADMIN_EMAIL = "admin@bepart.test";
    static final String ADMIN_PASSWORD = "Sys-Test-Pass-2026-Kq";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Site() {
    }

    static HttpResponse<String> get(String path, String... headers) {
        return get(path, HttpResponse.BodyHandlers.ofString(), headers);
    }

    /** A GET whose body is read by {@code body} (bytes of a PDF, say). */
    static <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a form ({@code application/x-www-form-urlencoded}) as a browser does. */
    static HttpResponse<String> post(String path, String form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A new session cookie (the sign-in form opens a session), or null when the form cannot be shown. The page cache
     * never serves nor keeps a request that carries a session, so with it a page is rendered afresh.
     */
    static String freshSession() {
        return get("/login").headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";")[0]).findFirst().orElse(null);
    }

    /** The demo initiatives in the order they were loaded: the first has id 1. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> demo() {
        try {
            String text = Files.readString(Path.of("../ejb/src/main/resources/org/bepart/demo/initiatives.json"));
            return (List<Map<String, Object>>) (List<?>) new Json().toType(text, List.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isPublic(Map<String, Object> initiative) {
        return List.of("SUBMITTED", "UNDER_REVIEW", "VALIDATED").contains(initiative.get("status"));
    }
}
