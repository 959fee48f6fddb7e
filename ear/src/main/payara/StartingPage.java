import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.bepart.language.Language;
import org.bepart.web.availability.PageHtml;
import org.bepart.web.headers.SecurityHeaders;
import org.bepart.web.i18n.LanguageNegotiation;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The demo's start-up page: while Payara starts and deploys BePART, every request on the public port gets a
 * translated 503 with Retry-After that reloads itself, instead of a refused connection, a 404 or a half-deployed
 * application's 500, with the application's security headers (as the environment sets them). server.sh runs it
 * with the built classes on the class path and stops it once BePART is ready.
 *
 * Usage: java -cp domain/target/classes:web/target/classes StartingPage.java PORT [DEFAULT_LANGUAGE]
 */
public final class StartingPage {

    private static final int RETRY_SECONDS = 3;

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Language fallback = Language.fromTag(args.length > 1 ? args[1] : "hy").orElse(Language.HY);
        SecurityHeaders headers = SecurityHeaders.fromEnvironment();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/", exchange -> answer(exchange, fallback, headers));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        // Stopped (SIGTERM) when BePART takes the port over: answers being written are finished first.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(1)));
    }

    private static void answer(HttpExchange exchange, Language fallback, SecurityHeaders headers)
            throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String cookies = exchange.getRequestHeaders().getFirst("Cookie");
            String remembered = null;
            if (cookies != null) {
                for (String cookie : cookies.split(";")) {
                    String[] pair = cookie.trim().split("=", 2);
                    if (pair.length == 2 && pair[0].equals("bepart_lang")) {
                        remembered = pair[1];
                    }
                }
            }
            Language language = LanguageNegotiation.decide(null, remembered,
                    exchange.getRequestHeaders().getFirst("Accept-Language"), fallback);
            byte[] body = PageHtml.of(language, "", "error.starting.title", "error.starting.text", RETRY_SECONDS)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
            exchange.getResponseHeaders().set("Retry-After", Integer.toString(RETRY_SECONDS));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            headers.headers(exchange.getRequestURI().getPath(), null).forEach(exchange.getResponseHeaders()::set);
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(503, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }
}
