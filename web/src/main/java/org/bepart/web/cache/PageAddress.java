package org.bepart.web.cache;

import org.bepart.search.Facet;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
 * entries.
 */
record PageAddress(String path, Map<String, List<String>> parameters) {

    private static final Pattern DETAIL = Pattern.compile("/initiatives/([0-9]{1,18})(?:/[^/]*)?/?");
    private static final Pattern HISTORY = Pattern.compile("/initiatives/([0-9]{1,18})/history/?");
    /** The catalogue's (and the map's) parameters: words, facets, order, page. */
    private static final List<String> CATALOGUE = Stream.concat(Stream.of("q"),
            Stream.concat(Arrays.stream(Facet.values()).map(Facet::parameter), Stream.of("sort", "page"))).toList();
    private static final Set<String> MULTI_VALUED = Set.copyOf(Arrays.stream(Facet.values()).map(Facet::parameter)
            .toList());
    private static final List<String> HISTORY_PARAMETERS = List.of("from", "to", "page");

    /**
     * The address of a page the cache serves, from the path below the context (as asked for) and the request's
     * parameters; empty for any other path.
     */
    static Optional<PageAddress> of(String path, Map<String, String[]> parameters) {
        if (path == null) {
            return Optional.empty();
        }
        if (path.equals("/initiatives") || path.equals("/map")) {
            return Optional.of(new PageAddress(path, known(CATALOGUE, parameters)));
        }
        if (path.equals("/statistics")) {
            return Optional.of(new PageAddress(path, Map.of()));
        }
        Matcher history = HISTORY.matcher(path);
        if (history.matches()) {
            return Optional.of(new PageAddress("/initiatives/" + history.group(1) + "/history",
                    known(HISTORY_PARAMETERS, parameters)));
        }
        Matcher detail = DETAIL.matcher(path);
        if (detail.matches()) {
            return Optional.of(new PageAddress("/initiatives/" + detail.group(1), Map.of()));
        }
        return Optional.empty();
    }

    private static Map<String, List<String>> known(List<String> names, Map<String, String[]> parameters) {
        Map<String, List<String>> known = new LinkedHashMap<>();
        for (String name : names) {
            String[] values = parameters.get(name);
            if (values == null) {
                continue;
            }
            List<String> kept = Arrays.stream(values).filter(Objects::nonNull).filter(v -> !v.isBlank()).toList();
            if (MULTI_VALUED.contains(name)) {
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
        return parameters.containsKey(name) || CATALOGUE.contains(name) && (path.equals("/initiatives")
                || path.equals("/map")) || HISTORY_PARAMETERS.contains(name) && path.endsWith("/history");
    }
}
