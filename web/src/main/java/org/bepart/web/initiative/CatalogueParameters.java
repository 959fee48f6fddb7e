package org.bepart.web.initiative;

import org.bepart.country.MemberState;
import org.bepart.shared.Coded;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.ParticipationLevel;
import org.bepart.initiative.Stage;
import org.bepart.language.Language;
import org.bepart.search.Facet;
import org.bepart.search.SearchRequest;
import org.bepart.search.SearchSort;
import org.bepart.taxonomy.TermKind;
import org.bepart.taxonomy.TermView;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Predicate;

/**
 * The catalogue's state in its URL: {@code /initiatives?q=budget&country=AM&stage=drafting&sort=title&page=2}.
 * Reading never fails: values that mean nothing are set aside and reported, so the page can say so.
 */
public final class CatalogueParameters {

    public static final String TEXT = "q";
    public static final String SORT = "sort";
    public static final String PAGE = "page";
    /** Values beyond these limits are not looked at. */
    static final int MAX_VALUES = 50;
    static final int MAX_VALUE_LENGTH = 60;

    private CatalogueParameters() {
    }

    /** A parameter value that was set aside, shortened for display. */
    public record Rejected(String parameter, String value) {
    }

    /**
     * @param request the search, on the page asked for or on page 1 when that is not a page number
     * @param page    the page asked for, or empty when the page parameter is not a page number in range
     */
    public record Parsed(SearchRequest request, Optional<Integer> page, List<Rejected> rejected) {
    }

    /**
     * @param termCodes the codes of the managed lists' terms, for the theme, tool and target facets
     */
    public static Parsed parse(Map<String, String[]> parameters, Map<Facet, Set<String>> termCodes, int pageSize) {
        List<Rejected> rejected = new ArrayList<>();
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Set<String> values = values(parameters, facet, known(facet, termCodes), rejected);
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        String text = first(parameters, TEXT).orElse("");
        SearchSort sort = null;
        Optional<String> sortCode = first(parameters, SORT).filter(s -> !s.isBlank());
        if (sortCode.isPresent()) {
            sort = SearchSort.fromCode(sortCode.get()).orElse(null);
            if (sort == null) {
                rejected.add(new Rejected(SORT, shorten(sortCode.get())));
            }
        }
        Optional<Integer> page = page(parameters.get(PAGE));
        return new Parsed(new SearchRequest(text, filters, sort, page.orElse(1), pageSize), page,
                List.copyOf(rejected));
    }

    /** The codes the theme, tool and target facets accept, from the managed lists. */
    public static Map<Facet, Set<String>> termCodes(Map<TermKind, List<TermView>> terms) {
        Map<Facet, Set<String>> codes = new EnumMap<>(Facet.class);
        codes.put(Facet.THEME, codes(terms.get(TermKind.THEME)));
        codes.put(Facet.TOOL, codes(terms.get(TermKind.TOOL)));
        codes.put(Facet.TARGET, codes(terms.get(TermKind.TARGET_GROUP)));
        return codes;
    }

    private static Set<String> codes(List<TermView> terms) {
        return terms.stream().map(TermView::code).collect(java.util.stream.Collectors.toSet());
    }

    /** Which values a facet accepts; country codes are accepted in any case and stored upper case. */
    private static Predicate<String> known(Facet facet, Map<Facet, Set<String>> termCodes) {
        return switch (facet) {
            case COUNTRY -> v -> MemberState.fromCode(v).isPresent();
            case LEVEL -> v -> Coded.find(GovernmentLevel.class, v).isPresent();
            case STAGE -> v -> Coded.find(Stage.class, v).isPresent();
            case PARTICIPATION -> v -> Coded.find(ParticipationLevel.class, v).isPresent();
            case STATUS -> v -> InitiativeStatus.fromCode(v).filter(InitiativeStatus::isPublic).isPresent();
            case YEAR -> v -> v.matches("(19|20)[0-9]{2}");
            case REPLICATED -> Facet.REPLICATED_YES::equals;
            case AVAILABLE -> v -> Facet.AVAILABLE_YES.equals(v) || Language.fromTag(v).isPresent();
            case THEME, TOOL, TARGET -> v -> termCodes.getOrDefault(facet, Set.of()).contains(v);
        };
    }

    private static Optional<String> first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? Optional.empty() : Optional.of(values[0]);
    }

    private static Optional<Integer> page(String[] values) {
        if (values == null || values.length == 0 || values[0].isEmpty()) {
            return Optional.of(1);
        }
        String value = values[0].strip();
        if (values.length > 1 || !value.matches("[0-9]{1,6}")) {
            return Optional.empty();
        }
        int page = Integer.parseInt(value);
        return page >= 1 && page <= InitiativeCatalogue.MAX_PAGE ? Optional.of(page) : Optional.empty();
    }

    private static Set<String> values(Map<String, String[]> parameters, Facet facet, Predicate<String> known,
                                      List<Rejected> rejected) {
        String[] raw = parameters.get(facet.parameter());
        if (raw == null) {
            return Set.of();
        }
        Set<String> result = new LinkedHashSet<>();
        Arrays.stream(raw).limit(MAX_VALUES).filter(v -> !v.isBlank()).map(String::strip).forEach(value -> {
            String normal = facet == Facet.COUNTRY ? value.toUpperCase(java.util.Locale.ROOT) : value;
            if (value.length() <= MAX_VALUE_LENGTH && known.test(normal)) {
                result.add(normal);
            } else {
                rejected.add(new Rejected(facet.parameter(), shorten(value)));
            }
        });
        if (raw.length > MAX_VALUES) {
            rejected.add(new Rejected(facet.parameter(), "…"));
        }
        return result;
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    /**
     * The query string of a search on a page, without {@code ?}: words, facets in a fixed order with sorted values,
     * the order when chosen, the page when not the first.
     */
    public static String query(SearchRequest request, int page) {
        StringJoiner query = new StringJoiner("&");
        if (request.hasText()) {
            query.add(TEXT + "=" + encode(request.text()));
        }
        for (Facet facet : Facet.values()) {
            request.values(facet).stream().sorted().forEach(v -> query.add(facet.parameter() + "=" + encode(v)));
        }
        if (request.sort() != null) {
            query.add(SORT + "=" + request.sort().code());
        }
        if (page > 1) {
            query.add(PAGE + "=" + page);
        }
        return query.toString();
    }

    /** The same search without one facet value, back on page 1. */
    public static SearchRequest without(SearchRequest request, Facet facet, String value) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        filters.putAll(request.filters());
        Set<String> kept = new LinkedHashSet<>(request.values(facet));
        kept.remove(value);
        filters.put(facet, kept);
        return new SearchRequest(request.text(), filters, request.sort(), 1, request.pageSize());
    }

    /** The same search without its words, back on page 1. */
    public static SearchRequest withoutText(SearchRequest request) {
        return new SearchRequest("", request.filters(), request.sort(), 1, request.pageSize());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
