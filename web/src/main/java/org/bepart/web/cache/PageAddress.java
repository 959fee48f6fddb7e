package org.bepart.web.cache;

import org.bepart.platform.PublicPart;
import org.bepart.search.Facet;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The address of a cacheable page reduced to what its page reads: the path without slug or trailing slash, and the
 * parameters it knows, in a fixed order, with blank values dropped and the values of multi-valued ones sorted.
 * Two requests with the same address get the same page, so parameters a page ignores cannot multiply the cache's
 * entries. {@code parts} are the kinds of content the page shows: a change of one of them makes it stale.
 * The printable sheet {@code /initiatives/{id}.pdf} is no page of this cache: it is kept per version of its
 * initiative by {@code org.bepart.sheet.InitiativeSheets}, which a change of the initiative outdates by itself.
 */
record PageAddress(String path, Map<String, List<String>> parameters, Set<PublicPart> parts) {

    private static final String ID = "([0-9]{1,18})";
    private static final Pattern INITIATIVE = Pattern.compile("/initiatives/" + ID + "(?:/([^/]*))?/?");
    private static final Pattern HISTORY = Pattern.compile("/initiatives/" + ID + "/history/?");
    private static final Pattern ORGANISATION = Pattern.compile("/organisations/" + ID + "(?:/([^/]*))?/?");
    private static final Pattern PERSON = Pattern.compile("/people/" + ID + "(?:/([^/]*))?/?");
    private static final Pattern NEWS_ITEM = Pattern.compile("/news/" + ID + "(?:/([^/]*))?/?");
    private static final Pattern EVENT = Pattern.compile("/events/" + ID + "(?:/([^/]*))?/?");
    private static final Pattern CONTEST = Pattern.compile("/contests/" + ID + "(?:/([^/]*))?/?");
    /** A widget: its language is the page's language, which the cache's key carries. */
    private static final Pattern WIDGET = Pattern.compile("/widget/(organisation|country|theme)/([A-Za-z0-9_-]{1,40})/?");
    /** The catalogue's (and the map's) parameters: words, facets (multi-valued), order, page. */
    private static final List<String> CATALOGUE = Stream.concat(Stream.of("q"),
            Stream.concat(Arrays.stream(Facet.values()).map(Facet::parameter), Stream.of("sort", "page"))).toList();
    private static final Set<String> MULTI_VALUED = Set.copyOf(Arrays.stream(Facet.values()).map(Facet::parameter)
            .toList());
    private static final List<String> HISTORY_PARAMETERS = List.of("from", "to", "page");
    private static final List<String> NEWS_PARAMETERS = List.of("category", "month", "page");
    private static final List<String> FEED_PARAMETERS = List.of("category");
    private static final List<String> EVENTS_PARAMETERS = List.of("month");
    private static final List<String> DIRECTORY_PARAMETERS = List.of("q", "country", "sector", "sort", "page");
    /** An organisation's page: the page of its initiatives. */
    private static final List<String> ORGANISATION_PARAMETERS = List.of("page");
    private static final Set<PublicPart> EVERYTHING = Set.copyOf(EnumSet.allOf(PublicPart.class));
    private static final Set<PublicPart> INITIATIVES = Set.of(PublicPart.INITIATIVES);
    private static final Set<PublicPart> NEWS = Set.of(PublicPart.NEWS, PublicPart.EVENTS);
    private static final Set<PublicPart> EVENTS = Set.of(PublicPart.EVENTS, PublicPart.NEWS);
    private static final Set<PublicPart> CONTESTS = Set.of(PublicPart.CONTESTS);
    /** The directory and an organisation's page: its details and its public initiatives. */
    private static final Set<PublicPart> ORGANISATIONS = Set.of(PublicPart.INITIATIVES, PublicPart.ORGANISATIONS);
    /** Pages whose content only a new version of BePART changes (the time to live still applies). */
    private static final Set<PublicPart> NOTHING = Set.of();
    /** The parameters each fixed address reads and what it shows. */
    private static final Map<String, Fixed> FIXED = Map.ofEntries(
            Map.entry("/", new Fixed(List.of(), EVERYTHING)),
            Map.entry("/initiatives", new Fixed(CATALOGUE, INITIATIVES)),
            Map.entry("/map", new Fixed(CATALOGUE, INITIATIVES)),
            Map.entry("/statistics", new Fixed(List.of(), INITIATIVES)),
            // organisations stale it as they stale their own pages: through their public initiatives
            Map.entry("/organisations", new Fixed(DIRECTORY_PARAMETERS, ORGANISATIONS)),
            Map.entry("/news", new Fixed(NEWS_PARAMETERS, Set.of(PublicPart.NEWS))),
            Map.entry("/news/feed.rss", new Fixed(FEED_PARAMETERS, Set.of(PublicPart.NEWS))),
            Map.entry("/news/feed.atom", new Fixed(FEED_PARAMETERS, Set.of(PublicPart.NEWS))),
            Map.entry("/events", new Fixed(EVENTS_PARAMETERS, Set.of(PublicPart.EVENTS))),
            Map.entry("/contests", new Fixed(List.of(), CONTESTS)),
            Map.entry("/about", new Fixed(List.of(), NOTHING)),
            Map.entry("/codebook", new Fixed(List.of(), NOTHING)),
            Map.entry("/sitemap.xml", new Fixed(List.of(), EVERYTHING)));

    private record Fixed(List<String> parameters, Set<PublicPart> parts) {
    }

    /** An address with parameters taken from {@code names}, and the parts it shows. */
    private static PageAddress of(String path, List<String> names, Map<String, String[]> parameters,
                                  Set<PublicPart> parts) {
        return new PageAddress(path, names.isEmpty() ? Map.of()
                : known(names, parameters, names == CATALOGUE ? MULTI_VALUED : Set.of()), parts);
    }

    /**
     * The address of a page the cache serves, from the path below the context (as asked for) and the request's
     * parameters; empty for any other path.
     */
    static Optional<PageAddress> of(String path, Map<String, String[]> parameters) {
        if (path == null || path.length() > 200) {
            return Optional.empty();
        }
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        Fixed fixed = FIXED.get(path.isEmpty() ? "/" : trimmed);
        if (fixed != null) {
            return Optional.of(of(path.isEmpty() ? "/" : trimmed, fixed.parameters(), parameters, fixed.parts()));
        }
        if (path.startsWith("/sitemaps/") && path.endsWith(".xml") && path.indexOf('/', 10) < 0) {
            return Optional.of(new PageAddress(path, Map.of(), EVERYTHING));
        }
        Matcher widget = WIDGET.matcher(path);
        if (widget.matches()) {
            return Optional.of(new PageAddress("/widget/" + widget.group(1) + "/" + widget.group(2), Map.of(),
                    INITIATIVES));
        }
        Matcher history = HISTORY.matcher(path);
        if (history.matches()) {
            return Optional.of(of("/initiatives/" + history.group(1) + "/history", HISTORY_PARAMETERS, parameters,
                    INITIATIVES));
        }
        return byId(INITIATIVE, path, "/initiatives/", INITIATIVES, Set.of())
                .or(() -> byId(ORGANISATION, path, "/organisations/", ORGANISATIONS, Set.of())
                        .map(page -> of(page.path(), ORGANISATION_PARAMETERS, parameters, ORGANISATIONS)))
                // a person's profile changes stale the initiatives' pages with them (PeopleService)
                .or(() -> byId(PERSON, path, "/people/", INITIATIVES, Set.of()))
                .or(() -> byId(NEWS_ITEM, path, "/news/", NEWS, Set.of()))
                .or(() -> byId(EVENT, path, "/events/", EVENTS, Set.of("ics")))
                .or(() -> byId(CONTEST, path, "/contests/", CONTESTS, Set.of("enter")));
    }

    /**
     * The page of one item, whatever slug follows its number, unless the slug names another page of the item
     * ({@code other}: the contest's entry form, the event's calendar file); the item's own page reads no parameter
     * (an organisation's reads the page of its initiatives: added by the caller).
     */
    private static Optional<PageAddress> byId(Pattern pattern, String path, String prefix, Set<PublicPart> parts,
                                              Set<String> other) {
        if (!path.startsWith(prefix)) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(path);
        return matcher.matches() && (matcher.group(2) == null || !other.contains(matcher.group(2)))
                ? Optional.of(new PageAddress(prefix + matcher.group(1), Map.of(), parts)) : Optional.empty();
    }

    /** The values of {@code names}; the first only, unless the name is in {@code multiValued} (the facets). */
    private static Map<String, List<String>> known(List<String> names, Map<String, String[]> parameters,
                                                   Set<String> multiValued) {
        Map<String, List<String>> known = new LinkedHashMap<>();
        for (String name : names) {
            String[] values = parameters.get(name);
            if (values == null) {
                continue;
            }
            List<String> kept = Arrays.stream(values).filter(Objects::nonNull).filter(v -> !v.isBlank()).toList();
            if (multiValued.contains(name)) {
                kept = new ArrayList<>(new TreeSet<>(kept));
            } else if (kept.size() > 1) {
                kept = kept.subList(0, 1);
            }
            if (!kept.isEmpty()) {
                known.put(name, List.copyOf(kept));
            }
        }
        return known;
    }

    /** The parameters as a query string (without {@code ?}), encoded; empty when there are none. */
    String query() {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, values) -> values.forEach(value -> {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }));
        return query.toString();
    }

    /** Whether the page reads a parameter of this name (the others are not handed to it). */
    boolean knows(String name) {
        if (parameters.containsKey(name)) {
            return true;
        }
        Fixed fixed = FIXED.get(path);
        return fixed != null ? fixed.parameters().contains(name)
                : HISTORY_PARAMETERS.contains(name) && path.endsWith("/history");
    }
}
