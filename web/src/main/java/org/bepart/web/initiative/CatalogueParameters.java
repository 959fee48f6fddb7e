package org.bepart.web.initiative;

import org.bepart.country.MemberState;
import org.bepart.initiative.CatalogueFilter;
import org.bepart.initiative.Coded;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.ParticipationLevel;
import org.bepart.initiative.Stage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue's state in its URL: {@code /initiatives?country=AM&stage=drafting&page=2}. Reading never fails:
 * values that mean nothing are set aside and reported, so the page can say so.
 */
public final class CatalogueParameters {

    public static final String COUNTRY = "country";
    public static final String LEVEL = "level";
    public static final String STAGE = "stage";
    public static final String PARTICIPATION = "participation";
    public static final String THEME = "theme";
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
     * @param page the page asked for, or empty when the page parameter is not a page number in range
     */
    public record Parsed(CatalogueFilter filter, Optional<Integer> page, List<Rejected> rejected) {
    }

    public static Parsed parse(Map<String, String[]> parameters, Set<String> themeCodes) {
        List<Rejected> rejected = new ArrayList<>();
        CatalogueFilter filter = new CatalogueFilter(
                values(parameters, COUNTRY, MemberState::fromCode, rejected),
                values(parameters, LEVEL, code -> Coded.find(GovernmentLevel.class, code), rejected),
                values(parameters, STAGE, code -> Coded.find(Stage.class, code), rejected),
                values(parameters, PARTICIPATION, code -> Coded.find(ParticipationLevel.class, code), rejected),
                values(parameters, THEME, code -> themeCodes.contains(code) ? Optional.of(code) : Optional.empty(),
                        rejected));
        return new Parsed(filter, page(parameters.get(PAGE)), List.copyOf(rejected));
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

    private static <T> Set<T> values(Map<String, String[]> parameters, String name,
                                     Function<String, Optional<T>> reader, List<Rejected> rejected) {
        String[] raw = parameters.get(name);
        if (raw == null) {
            return Set.of();
        }
        Set<T> result = new LinkedHashSet<>();
        Arrays.stream(raw).limit(MAX_VALUES).filter(v -> !v.isBlank()).forEach(value -> {
            Optional<T> read = value.length() > MAX_VALUE_LENGTH ? Optional.empty() : reader.apply(value.strip());
            read.ifPresentOrElse(result::add, () -> rejected.add(new Rejected(name, shorten(value))));
        });
        if (raw.length > MAX_VALUES) {
            rejected.add(new Rejected(name, "…"));
        }
        return result;
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    /** The query string of a filter and page, without {@code ?}; parameters in a fixed order, page 1 left out. */
    public static String query(CatalogueFilter filter, int page) {
        Map<String, Collection<String>> parts = parts(filter);
        if (page > 1) {
            parts.put(PAGE, List.of(Integer.toString(page)));
        }
        return join(parts);
    }

    /** The query string of the filter without one of its values, back on page 1. */
    public static String queryWithout(CatalogueFilter filter, String parameter, String value) {
        Map<String, Collection<String>> parts = parts(filter);
        List<String> kept = new ArrayList<>(parts.getOrDefault(parameter, List.of()));
        kept.remove(value);
        parts.put(parameter, kept);
        return join(parts);
    }

    private static String join(Map<String, Collection<String>> parts) {
        return parts.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + URLEncoder.encode(v,
                        StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, Collection<String>> parts(CatalogueFilter filter) {
        Map<String, Collection<String>> parts = new LinkedHashMap<>();
        parts.put(COUNTRY, filter.countries().stream().map(MemberState::code).sorted().toList());
        parts.put(LEVEL, filter.levels().stream().sorted().map(Coded::code).toList());
        parts.put(STAGE, filter.stages().stream().sorted().map(Coded::code).toList());
        parts.put(PARTICIPATION, filter.participation().stream().sorted().map(Coded::code).toList());
        parts.put(THEME, filter.themes().stream().sorted().toList());
        return parts;
    }
}
