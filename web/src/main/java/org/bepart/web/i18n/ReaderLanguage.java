package org.bepart.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.bepart.country.MemberState;
import org.bepart.language.Language;
import org.bepart.web.PublicUrl;

import java.net.URLEncoder;
import java.text.MessageFormat;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** The reader's language for pages: the switcher's links, labels of fixed values, dates and country names. */
@Named("reader")
@RequestScoped
public class ReaderLanguage {

    public static final String BUNDLE = "org.bepart.i18n.messages";
    /**
     * Request attribute with the page's own address below the context ({@code path} or {@code path?query}), set by
     * the page cache: links then name the page as it is cached, never with parameters the page ignores.
     */
    public static final String PAGE_ADDRESS = ReaderLanguage.class.getName() + ".address";
    /** The institution's time zone, in which times of day are shown. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Yerevan");

    @Inject
    private HttpServletRequest request;

    private Language language;
    private Map<String, String> texts;
    private String base;
    private String basePath;
    private String baseQuery;
    private String baseAddress;

    /** Each language's bundle as one map, its parents' keys included: a text is one lookup. */
    private static final Map<Language, Map<String, String>> TEXTS = new java.util.concurrent.ConcurrentHashMap<>();
    /** The bundle key of each fixed value ({@code EnumType.CONSTANT}), made once. */
    private static final Map<Enum<?>, String> LABEL_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * This request's instance, for components that write markup themselves: looked up once per request through EL
     * ({@code CDI.current()} walks the stack to find the calling class).
     */
    public static ReaderLanguage of(jakarta.faces.context.FacesContext context) {
        return (ReaderLanguage) context.getAttributes().computeIfAbsent(ReaderLanguage.class,
                type -> context.getApplication().evaluateExpressionGet(context, "#{reader}", ReaderLanguage.class));
    }

    public Language getLanguage() {
        if (language == null) {
            language = LanguageFilter.of(request);
        }
        return language;
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    /** Value for {@code <html lang>}. */
    public String getTag() {
        return getLanguage().tag();
    }

    public List<Language> getLanguages() {
        return Arrays.asList(Language.values());
    }

    /** The address of this page in another language: the same path and parameters, with {@code lang} replaced. */
    public String switchUrl(Language target) {
        return request.getContextPath() + relativeUrl(target);
    }

    /** The absolute address of this page in a language, for alternate and canonical links. */
    public String alternateUrl(Language target) {
        return PublicUrl.of(request) + relativeUrl(target);
    }

    /** Path below the context and query of the page the reader asked for, with {@code lang} set. */
    private String relativeUrl(Language target) {
        String forwardPath = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        String forwardQuery = (String) request.getAttribute("jakarta.servlet.forward.query_string");
        String address = (String) request.getAttribute(PAGE_ADDRESS);
        // a page asks for it up to ten times (canonical, alternates, language links): worked out once per address
        if (base == null || forwardPath != basePath || forwardQuery != baseQuery || address != baseAddress) {
            base = base(forwardPath, forwardQuery, address);
            basePath = forwardPath;
            baseQuery = forwardQuery;
            baseAddress = address;
        }
        return base + LanguageFilter.PARAMETER + "=" + URLEncoder.encode(target.tag(), StandardCharsets.UTF_8);
    }

    /** The page's path and query without {@code lang}, ending in {@code ?} or {@code &}. */
    private String base(String forwardPath, String forwardQuery, String address) {
        String path = forwardPath;
        String query = forwardQuery;
        if (address != null) {
            int mark = address.indexOf('?');
            path = request.getContextPath() + (mark < 0 ? address : address.substring(0, mark));
            query = mark < 0 ? null : address.substring(mark + 1);
        }
        if (path == null) {
            path = (String) request.getAttribute("jakarta.servlet.error.request_uri");
            query = null;
        }
        if (path == null) {
            path = request.getRequestURI();
            query = request.getQueryString();
        }
        path = path.substring(Math.min(path.length(), request.getContextPath().length()));
        String kept = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith(LanguageFilter.PARAMETER + "="))
                .collect(Collectors.joining("&"));
        return (path.isEmpty() ? "/" : path) + "?" + (kept.isEmpty() ? "" : kept + "&");
    }

    /** Value for og:locale. */
    public String getOpenGraphLocale() {
        return switch (getLanguage()) {
            case HY -> "hy_AM";
            case EN -> "en_GB";
            case FR -> "fr_FR";
            case RU -> "ru_RU";
        };
    }

    /** The translated label of a fixed value, under the key {@code EnumType.CONSTANT}. */
    public String label(Enum<?> value) {
        return value == null ? "" : text(LABEL_KEYS.computeIfAbsent(value,
                v -> v.getDeclaringClass().getSimpleName() + "." + v.name()));
    }

    /** A text of the bundle in the reader's language. */
    public String text(String key) {
        if (texts == null) {
            texts = TEXTS.computeIfAbsent(getLanguage(), ReaderLanguage::texts);
        }
        String text = texts.get(key);
        return text != null ? text : "???" + key + "???";
    }

    private static Map<String, String> texts(Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale());
        Map<String, String> texts = new java.util.HashMap<>();
        for (String key : bundle.keySet()) {
            texts.put(key, bundle.getString(key));
        }
        return Map.copyOf(texts);
    }

    /** A text of the bundle with its {0}, {1}… placeholders filled in, numbers formatted for the reader. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(text(key), getLocale()).format(arguments);
    }

    public String country(MemberState state) {
        return state == null ? "" : state.displayName(getLocale());
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(ZONE).toLocalDate());
    }

    /** Date and time of day in the institution's time zone, e.g. "27 November 2026, 14:05:09". */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(ZONE).format(instant);
    }
}
