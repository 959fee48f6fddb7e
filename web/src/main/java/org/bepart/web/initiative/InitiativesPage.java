package org.bepart.web.initiative;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.country.MemberState;
import org.bepart.initiative.CataloguePage;
import org.bepart.shared.Coded;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.ParticipationLevel;
import org.bepart.initiative.Stage;
import org.bepart.search.Facet;
import org.bepart.search.FacetCount;
import org.bepart.search.SearchRequest;
import org.bepart.search.SearchSort;
import org.bepart.taxonomy.TaxonomyService;
import org.bepart.taxonomy.TermKind;
import org.bepart.taxonomy.TermView;
import org.bepart.web.i18n.ReaderLanguage;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Map;

/** Backs {@code initiatives.xhtml}: the catalogue, its search, facets and pages, all in the URL. */
@Named
@RequestScoped
public class InitiativesPage {

    public static final int PAGE_SIZE = 20;

    @EJB
    private InitiativeCatalogue catalogue;

    @EJB
    private TaxonomyService taxonomy;

    @Inject
    private ReaderLanguage reader;

    private Map<TermKind, List<TermView>> terms;
    private CatalogueParameters.Parsed parsed;
    private CataloguePage result;
    private List<FacetView> facets;
    private List<Chip> chips;
    private final Map<Facet, List<String[]>> values = new java.util.EnumMap<>(Facet.class);

    /** A removable active filter. */
    public record Chip(String label, String removeUrl) {
    }

    /** One value of a facet as the filter form offers it. */
    public record Option(String value, String label, long count, boolean selected) {
    }

    /** A facet as the filter form shows it: its values that have matches, or are chosen. */
    public record FacetView(Facet facet, String legend, List<Option> options) {
    }

    /** View action: reads the URL, answers 404 for a page that does not exist, 400 beside ignored values. */
    public void load() throws IOException {
        terms = taxonomy.allByName(reader.getLanguage());
        parsed = CatalogueParameters.parse(Faces.getRequestParameterValuesMap(), CatalogueParameters.termCodes(terms),
                PAGE_SIZE);
        if (parsed.page().isEmpty()) {
            Faces.responseSendError(404, "no such page");
            return;
        }
        result = catalogue.search(parsed.request(), reader.getLanguage());
        if (parsed.request().page() > result.totalPages()) {
            Faces.responseSendError(404, "no such page");
            return;
        }
        if (!parsed.rejected().isEmpty()) {
            Faces.getResponse().setStatus(400);
        }
    }

    public CataloguePage getResult() {
        return result;
    }

    public SearchRequest getRequest() {
        return parsed.request();
    }

    public List<CatalogueParameters.Rejected> getRejected() {
        return parsed.rejected();
    }

    public List<SearchSort> getSorts() {
        return Arrays.asList(SearchSort.values());
    }

    /** The facets of the filter form, in the order a reader thinks of them. */
    public List<FacetView> getFacets() {
        if (facets != null) {
            return facets;
        }
        facets = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            List<Option> options = new ArrayList<>();
            for (String[] value : values(facet)) {
                long count = result.count(facet, facet == Facet.AVAILABLE ? reader.getTag() : value[0]);
                boolean selected = parsed.request().values(facet).contains(value[0]);
                if (count > 0 || selected) {
                    options.add(new Option(value[0], value[1], count, selected));
                }
            }
            if (!options.isEmpty()) {
                facets.add(new FacetView(facet, reader.text("catalogue.filter." + facet.parameter()), options));
            }
        }
        return facets;
    }

    /** Every value a facet can take, as code and label, in the order the form lists them (once per request). */
    private List<String[]> values(Facet facet) {
        return values.computeIfAbsent(facet, this::listValues);
    }

    private List<String[]> listValues(Facet facet) {
        return switch (facet) {
            case COUNTRY -> MemberState.sortedBy(reader.getLocale()).stream()
                    .map(s -> new String[] {s.code(), reader.country(s)}).toList();
            case LEVEL -> coded(GovernmentLevel.values());
            case STAGE -> coded(Stage.values());
            case PARTICIPATION -> coded(ParticipationLevel.values());
            case STATUS -> coded(InitiativeStatus.publicOnes().stream().sorted().toArray(InitiativeStatus[]::new));
            case THEME -> named(TermKind.THEME, facet);
            case TOOL -> named(TermKind.TOOL, facet);
            case TARGET -> named(TermKind.TARGET_GROUP, facet);
            case REPLICATED -> List.<String[]>of(new String[] {Facet.REPLICATED_YES,
                    reader.text("catalogue.replicatedYes")});
            case AVAILABLE -> List.<String[]>of(new String[] {Facet.AVAILABLE_YES,
                    reader.text("catalogue.availableYes")});
            case YEAR -> result.counts(Facet.YEAR).stream().map(FacetCount::value)
                    .sorted(Comparator.reverseOrder()).map(y -> new String[] {y, y}).toList();
        };
    }

    private <E extends Enum<E> & Coded> List<String[]> coded(E[] values) {
        return Arrays.stream(values).map(v -> new String[] {v.code(), reader.label(v)}).toList();
    }

    /** A list's terms; retired ones only while chosen (old links keep working, new choices are not offered). */
    private List<String[]> named(TermKind kind, Facet facet) {
        Set<String> chosen = parsed.request().values(facet);
        return terms.get(kind).stream().filter(t -> !t.retired() || chosen.contains(t.code()))
                .map(t -> new String[] {t.code(), t.name()}).toList();
    }

    /** The words and the active filters, each with the address of the catalogue without it. */
    public List<Chip> getChips() {
        if (chips != null) {
            return chips;
        }
        SearchRequest request = parsed.request();
        chips = new ArrayList<>();
        if (request.hasText()) {
            chips.add(new Chip("«" + request.text() + "»", url(CatalogueParameters.query(
                    CatalogueParameters.withoutText(request), 1))));
        }
        for (Facet facet : Facet.values()) {
            if (request.values(facet).isEmpty()) {
                continue;
            }
            for (String[] value : values(facet)) {
                if (request.values(facet).contains(value[0])) {
                    chips.add(new Chip(value[1], url(CatalogueParameters.query(
                            CatalogueParameters.without(request, facet, value[0]), 1))));
                }
            }
        }
        return chips;
    }

    /**
     * The path of the widget of this list when it is a member state's or a theme's (one of them chosen, nothing else
     * but the status), else null.
     */
    public String getWidget() {
        return widgetFilter().map(f -> "/widget/" + (f.getKey() == Facet.COUNTRY ? "country/" : "theme/")
                + f.getValue()).orElse(null);
    }

    /** What the widget's frame is called: the member state's or the theme's list. */
    public String getWidgetTitle() {
        return widgetFilter().map(f -> label(f)).map(l -> reader.format("widget.title", l)).orElse(null);
    }

    /**
     * What the follow button of this list follows when it is a theme's, a member state's or a level of participation's
     * (one of them chosen, nothing else but the status): {@code THEME}, {@code COUNTRY} or {@code PARTICIPATION};
     * else null.
     */
    public String getFollowKind() {
        return followFilter().map(f -> f.getKey().name()).orElse(null);
    }

    /** The followed theme's, member state's or level's code. */
    public String getFollowKey() {
        return followFilter().map(Map.Entry::getValue).orElse(null);
    }

    /** The followed theme's, member state's or level's name in the reader's language. */
    public String getFollowName() {
        return followFilter().map(this::label).orElse(null);
    }

    private String label(Map.Entry<Facet, String> filter) {
        return values(filter.getKey()).stream().filter(v -> v[0].equals(filter.getValue())).map(v -> v[1])
                .findFirst().orElse(null);
    }

    private java.util.Optional<Map.Entry<Facet, String>> widgetFilter() {
        return singleFilter(java.util.EnumSet.of(Facet.COUNTRY, Facet.THEME));
    }

    private java.util.Optional<Map.Entry<Facet, String>> followFilter() {
        return singleFilter(java.util.EnumSet.of(Facet.COUNTRY, Facet.THEME, Facet.PARTICIPATION));
    }

    /** The one value of the one facet chosen (besides the status), when that facet is one of {@code facets}. */
    private java.util.Optional<Map.Entry<Facet, String>> singleFilter(Set<Facet> facets) {
        SearchRequest request = parsed.request();
        List<Facet> chosen = request.filters().keySet().stream().filter(f -> f != Facet.STATUS).toList();
        if (request.hasText() || chosen.size() != 1 || request.values(chosen.get(0)).size() != 1
                || !facets.contains(chosen.get(0))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Map.entry(chosen.get(0), request.values(chosen.get(0)).iterator().next()));
    }

    /** The same search on a map. */
    public String getMapUrl() {
        String query = CatalogueParameters.query(parsed.request(), 1);
        return Faces.getRequestContextPath() + "/map" + (query.isEmpty() ? "" : "?" + query);
    }

    /** Address of another page of the same list. */
    public String pageUrl(int page) {
        return url(CatalogueParameters.query(parsed.request(), page));
    }

    /** {@link #pageUrl} for {@code b:pageLinks}. */
    public java.util.function.IntFunction<String> getPageUrls() {
        return this::pageUrl;
    }

    /** Page numbers to offer: the first, the last, and two either side of this one; 0 marks a gap. */
    public List<Integer> getPageLinks() {
        int current = result.page();
        int last = result.totalPages();
        List<Integer> links = new ArrayList<>();
        for (int k = 1; k <= last; k++) {
            if (k == 1 || k == last || Math.abs(k - current) <= 2) {
                links.add(k);
            } else if (links.get(links.size() - 1) != 0) {
                links.add(0);
            }
        }
        return links;
    }

    private static String url(String query) {
        String base = Faces.getRequestContextPath() + "/initiatives";
        return query.isEmpty() ? base : base + "?" + query;
    }
}
