package org.bepart.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Role;
import org.bepart.platform.Access;
import org.bepart.shared.BusinessException;
import org.bepart.shared.NotFoundException;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The demo mailbox: in a demo, the mails the application sends are caught by a mail catcher (GreenMail standalone)
 * instead of being delivered, and administrators read them here, so that they can follow the links in them (confirm an
 * account, choose a new password, accept an invitation). The catcher's REST API lives at {@code bepart.demo.mailbox-url}
 * ({@code GET api/user}, then {@code GET api/user/{email}/messages/} for each mailbox); without that setting there is no
 * demo mailbox, as on every real server.
 *
 * <p>Everything read is bounded: at most {@value #MAX_MAILBOXES} mailboxes, the newest {@value #MAX_PER_MAILBOX} mails
 * of each, {@value #MAX_RESPONSE_BYTES} bytes per answer, {@value #MAX_TEXT} characters of text per mail, 2 seconds to
 * connect and to answer, and {@value #BUDGET_SECONDS} seconds in all (after which the mailboxes already read are shown).
 * No transaction is held while the catcher answers.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoMailbox {

    public static final String URL_KEY = "bepart.demo.mailbox-url";
    /** The key of the message shown when the catcher does not answer. */
    public static final String UNREACHABLE = "mailbox.unreachable";
    static final int MAX_MAILBOXES = 200;
    static final int MAX_PER_MAILBOX = 50;
    /** The most mails one call returns, whatever it asks for. */
    static final int MAX_MAILS = 200;
    static final int MAX_TEXT = 20_000;
    static final long MAX_RESPONSE_BYTES = 32L * 1024 * 1024;
    static final int BUDGET_SECONDS = 10;
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final String CUT = "\n[…]";
    /** Control characters other than line feeds and tabs: nothing a page or a reader can use. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    /** How Java writes a date (GreenMail's Received header): "Fri Dec 04 16:06:26 UTC 2026". */
    private static final DateTimeFormatter JAVA_DATE = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss zzz yyyy",
            Locale.ROOT);
    private static final Logger LOG = Logger.getLogger(DemoMailbox.class.getName());
    /** The newest first (unknown times last), then the later read first. */
    private static final Comparator<Numbered> NEWEST_FIRST = Comparator
            .comparing((Numbered n) -> n.mail().received(), Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparingLong(Numbered::order).reversed();

    /** A mail and the order it was read in (within a mailbox, the catcher lists the oldest first). */
    private record Numbered(CaughtMail mail, long order) {
    }

    @PersistenceContext
    private EntityManager em;

    /** Whether this server has a demo mailbox ({@code bepart.demo.mailbox-url} set); anybody may ask. */
    public boolean enabled() {
        return configuredUrl().isPresent();
    }

    /**
     * The newest mails of every mailbox of the catcher, the newest first, at most {@code max} (and
     * {@value #MAX_MAILS}); for administrators only. Refuses with {@link NotFoundException} when there is no demo
     * mailbox, and with a {@link BusinessException} of key {@value #UNREACHABLE} when the catcher does not answer.
     */
    public List<CaughtMail> recent(Long actorId, int max) {
        Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        URI base = base(configuredUrl().orElseThrow(() -> new NotFoundException("no demo mailbox is configured")));
        return read(base, Math.max(1, Math.min(max, MAX_MAILS)));
    }

    /** The newest {@code limit} mails of the catcher at {@code base}, the newest first. */
    static List<CaughtMail> read(URI base, int limit) {
        long deadline = System.nanoTime() + Duration.ofSeconds(BUDGET_SECONDS).toNanos();
        // The newest mails so far; its head is the oldest of them, dropped when a newer one comes.
        PriorityQueue<Numbered> newest = new PriorityQueue<>(NEWEST_FIRST.reversed());
        long order = 0;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            for (String mailbox : mailboxes(http, base)) {
                if (System.nanoTime() > deadline) {
                    LOG.warning("Demo mailbox: reading took over " + BUDGET_SECONDS + " s, further mailboxes skipped");
                    break;
                }
                for (String source : sources(http, base, mailbox)) {
                    Optional<CaughtMail> mail = caught(mailbox, source);
                    if (mail.isPresent()) {
                        newest.add(new Numbered(mail.get(), order++));
                        if (newest.size() > limit) {
                            newest.poll();
                        }
                    }
                }
            }
        } catch (IOException | JsonException | IllegalArgumentException e) {
            LOG.warning(() -> "Demo mailbox " + base + " not readable: " + e);
            throw new BusinessException(UNREACHABLE, "demo mailbox " + base + " not readable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusinessException(UNREACHABLE, "interrupted while reading the demo mailbox " + base);
        }
        return newest.stream().sorted(NEWEST_FIRST).map(Numbered::mail).toList();
    }

    private static Optional<String> configuredUrl() {
        return ConfigProvider.getConfig().getOptionalValue(URL_KEY, String.class).map(String::trim)
                .filter(v -> !v.isEmpty());
    }

    /** The catcher's address ending in a slash, e.g. http://127.0.0.1:8026/; only http and https. */
    static URI base(String url) {
        try {
            URI uri = URI.create(url.replaceAll("/+$", "") + "/");
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // below
        }
        LOG.warning(() -> URL_KEY + " is not an http(s) address: " + url);
        throw new BusinessException(UNREACHABLE, URL_KEY + " is not an http(s) address: " + url);
    }

    /** The addresses of the catcher's mailboxes, at most {@value #MAX_MAILBOXES}. */
    private static List<String> mailboxes(HttpClient http, URI base) throws IOException, InterruptedException {
        List<String> mailboxes = new ArrayList<>();
        HttpResponse<InputStream> response = get(http, base.resolve("api/user"));
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException("GET api/user answered " + response.statusCode());
        }
        try (JsonParser parser = Json.createParser(new Capped(response.body()))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
                throw new IOException("GET api/user did not answer a JSON array");
            }
            while (mailboxes.size() < MAX_MAILBOXES && parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_ARRAY) {
                    break;
                }
                if (event == JsonParser.Event.START_OBJECT) {
                    JsonObject user = parser.getObject();
                    String email = text(user, "email").orElseGet(() -> text(user, "login").orElse(""));
                    if (!email.isBlank()) {
                        mailboxes.add(email);
                    }
                }
            }
        }
        return mailboxes;
    }

    /**
     * The raw sources of the newest {@value #MAX_PER_MAILBOX} mails of one mailbox, the oldest first. A mailbox gone
     * meanwhile gives none; one whose answer is over {@value #MAX_RESPONSE_BYTES} bytes gives those read until then.
     */
    private static List<String> sources(HttpClient http, URI base, String mailbox)
            throws IOException, InterruptedException {
        String path = "api/user/" + URLEncoder.encode(mailbox, StandardCharsets.UTF_8).replace("+", "%20")
                + "/messages/";
        HttpResponse<InputStream> response = get(http, base.resolve(path));
        if (response.statusCode() != 200) {
            response.body().close();
            LOG.fine(() -> "Demo mailbox: " + path + " answered " + response.statusCode());
            return List.of();
        }
        Deque<String> newest = new ArrayDeque<>();
        try (JsonParser parser = Json.createParser(new Capped(response.body()))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
                throw new IOException("GET " + path + " did not answer a JSON array");
            }
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_ARRAY) {
                    break;
                }
                if (event == JsonParser.Event.START_OBJECT) {
                    text(parser.getObject(), "mimeMessage").ifPresent(newest::addLast);
                    if (newest.size() > MAX_PER_MAILBOX) {
                        newest.removeFirst();
                    }
                }
            }
        } catch (JsonException e) {
            if (!(e.getCause() instanceof Capped.TooLarge)) {
                throw e;
            }
            LOG.warning(() -> "Demo mailbox: " + path + " answers over " + MAX_RESPONSE_BYTES + " bytes; cut");
        }
        return List.copyOf(newest);
    }

    private static HttpResponse<InputStream> get(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json")
                .GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    private static Optional<String> text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

    private static Optional<CaughtMail> caught(String mailbox, String source) {
        try {
            return Optional.of(parse(mailbox, source));
        } catch (MessagingException | IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Demo mailbox: a mail to " + mailbox + " could not be read", e);
            return Optional.empty();
        }
    }

    /**
     * A mail from its raw RFC 822 source as the catcher gives it: {@code to} is the mailbox it was delivered to (or,
     * when blank, its To header); the text is its text/plain body (for a multipart mail, the first text/plain part
     * that is no attachment), decoded from its transfer encoding and charset.
     */
    static CaughtMail parse(String mailbox, String source) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(Mime.SESSION, new ByteArrayInputStream(bytes(source)));
        String to = mailbox == null || mailbox.isBlank() ? recipients(message) : mailbox;
        String subject = message.getSubject();
        return new CaughtMail(to, subject == null ? "" : clean(subject).strip(), received(message),
                plainText(message));
    }

    /**
     * The bytes of a source given as text. GreenMail turns the bytes of a mail into text one byte per character
     * (ISO-8859-1), so that 8-bit mails come back byte for byte; text with wider characters is taken as UTF-8.
     */
    static byte[] bytes(String source) {
        return source.chars().allMatch(c -> c <= 0xFF) ? source.getBytes(StandardCharsets.ISO_8859_1)
                : source.getBytes(StandardCharsets.UTF_8);
    }

    private static String recipients(MimeMessage message) throws MessagingException {
        Address[] to = message.getRecipients(MimeMessage.RecipientType.TO);
        if (to == null) {
            return "";
        }
        List<String> addresses = new ArrayList<>();
        for (Address address : to) {
            if (address instanceof InternetAddress internet && internet.getPersonal() != null) {
                addresses.add(internet.getPersonal() + " <" + internet.getAddress() + ">");
            } else {
                addresses.add(address instanceof InternetAddress internet ? internet.getAddress() : address.toString());
            }
        }
        return clean(String.join(", ", addresses));
    }

    /**
     * When the mail was sent (its Date header, which the application sets as it hands the mail over), else when the
     * catcher received it (the date of its topmost Received header).
     */
    private static Instant received(MimeMessage message) throws MessagingException {
        Date sent = message.getSentDate();
        if (sent != null) {
            return sent.toInstant();
        }
        String[] received = message.getHeader("Received");
        if (received != null && received.length > 0) {
            String value = MimeUtility.unfold(received[0]);
            int semicolon = value.lastIndexOf(';');
            if (semicolon >= 0) {
                return date(value.substring(semicolon + 1).trim());
            }
        }
        return null;
    }

    private static Instant date(String text) {
        try {
            Date date = new MailDateFormat().parse(text);
            if (date != null) {
                return date.toInstant();
            }
        } catch (ParseException e) {
            // not RFC 5322: try the way Java writes dates
        }
        try {
            return ZonedDateTime.parse(text, JAVA_DATE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String plainText(Part message) throws MessagingException, IOException {
        Part part = firstPlainText(message, 0);
        return part == null ? "" : decodedText(part);
    }

    private static Part firstPlainText(Part part, int depth) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) ? null : part;
        }
        if (depth < 10 && part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = firstPlainText(multipart.getBodyPart(i), depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The decoded text of a text part: at most {@value #MAX_TEXT} characters, lines ending in \n. */
    private static String decodedText(Part part) throws MessagingException, IOException {
        StringBuilder text = new StringBuilder();
        try (Reader reader = new InputStreamReader(part.getInputStream(), charset(part))) {
            char[] buffer = new char[8192];
            int n;
            // twice the limit: line ends of two characters become one
            while (text.length() <= 2 * MAX_TEXT + 2 && (n = reader.read(buffer)) != -1) {
                text.append(buffer, 0, n);
            }
        }
        String normalised = clean(text.toString().replace("\r\n", "\n").replace('\r', '\n')).stripTrailing();
        if (normalised.length() <= MAX_TEXT) {
            return normalised;
        }
        int end = Character.isHighSurrogate(normalised.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
        return normalised.substring(0, end) + CUT;
    }

    /** The charset the part names, in Java's terms; UTF-8 when it names none or one Java does not know. */
    private static Charset charset(Part part) {
        try {
            String name = new ContentType(part.getContentType()).getParameter("charset");
            if (name != null && !name.isBlank()) {
                return Charset.forName(MimeUtility.javaCharset(name.trim()));
            }
        } catch (MessagingException | IllegalArgumentException e) {
            // unparsable type or unknown charset: UTF-8 reads most mails right and shows the rest with replacements
        }
        return StandardCharsets.UTF_8;
    }

    private static String clean(String text) {
        return CONTROL.matcher(text).replaceAll("");
    }

    /** The mail session that parses sources: headers may be raw UTF-8 (RFC 6532). */
    private static final class Mime {

        static final Session SESSION = session();

        private static Session session() {
            Properties properties = new Properties();
            properties.setProperty("mail.mime.allowutf8", "true");
            return Session.getInstance(properties);
        }
    }

    /** An answer of the catcher, cut at {@value #MAX_RESPONSE_BYTES} bytes. */
    private static final class Capped extends FilterInputStream {

        /** Thrown past the limit. */
        static final class TooLarge extends IOException {

            private static final long serialVersionUID = 1L;

            TooLarge() {
                super("over " + MAX_RESPONSE_BYTES + " bytes");
            }
        }

        private long read;

        Capped(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws TooLarge {
            read += n;
            if (read > MAX_RESPONSE_BYTES) {
                throw new TooLarge();
            }
        }
    }
}
