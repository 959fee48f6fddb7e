package org.bepart.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor without a browser, with its own cookies and, optionally, the {@code X-Forwarded-For} a trusted proxy
 * would add (the system-test server trusts 127.0.0.1): opens a Faces page and sends its form as a browser would,
 * urlencoded or multipart.
 */
final class FacesVisitor {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;
    private final String forwardedFor;
    private String viewState;

    FacesVisitor(String forwardedFor) {
        this(Site.BASE, forwardedFor);
    }

    /** A visitor of the site at {@code base} (e.g. one server of a cluster). */
    FacesVisitor(String base, String forwardedFor) {
        this.base = base;
        this.forwardedFor = forwardedFor;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** GETs a page and keeps its view state for the next form. */
    HttpResponse<String> open(String path) {
        HttpResponse<String> page = send(request(path).GET());
        Matcher m = VIEW_STATE.matcher(page.body());
        viewState = m.find() ? m.group(1).replace("&#58;", ":") : null;
        return page;
    }

    /** Sends form {@code form} of the page opened last with {@code fields} (names without the form's prefix). */
    HttpResponse<String> submit(String path, String form, String button, Map<String, String> fields) {
        Map<String, String> all = all(form, button, fields);
        String body = all.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        keepViewState(answer);
        return answer;
    }

    /** The same as multipart/form-data, with one file field ({@code fileField}, without the prefix). */
    HttpResponse<String> submitMultipart(String path, String form, String button, Map<String, String> fields,
                                         String fileField, String fileName, String type, byte[] file) {
        String boundary = "----bepart" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> e : all(form, button, fields).entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey()
                        + "\"\r\n\r\n" + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + form + ":" + fileField
                    + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(file);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpResponse<String> answer = send(request(path).header("Content-Type",
                "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(
                out.toByteArray())));
        keepViewState(answer);
        return answer;
    }

    /** A form of this site's page POSTed as a browser does it: with the page's {@code Origin}. */
    HttpResponse<String> post(String path, String urlencoded) {
        return send(request(path).header("Origin", Site.BASE).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlencoded)));
    }

    private Map<String, String> all(String form, String button, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(form, form);
        fields.forEach((name, value) -> all.put(name.equals("website") ? name : form + ":" + name, value));
        all.put(form + ":" + button, button);
        if (viewState != null) {
            all.put("jakarta.faces.ViewState", viewState);
        }
        return all;
    }

    private void keepViewState(HttpResponse<String> answer) {
        Matcher m = VIEW_STATE.matcher(answer.body());
        if (m.find()) {
            viewState = m.group(1).replace("&#58;", ":");
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(120));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
