package org.bepart.web.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import org.bepart.country.MemberState;
import org.bepart.initiative.CataloguePage;
import org.bepart.shared.Coded;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.ParticipationLevel;
import org.bepart.initiative.Stage;
import org.bepart.search.Facet;
import org.bepart.search.FacetCount;
import org.bepart.search.SearchRequest;
import org.bepart.taxonomy.TaxonomyService;
import org.bepart.taxonomy.TermKind;
import org.bepart.taxonomy.TermView;
import org.bepart.web.i18n.ReaderLanguage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Backs {@code statistics.xhtml}: one search of everything gives every count; each chart has its table. */
@Named
@RequestScoped
public class StatisticsPage {

    /** Looked up once: {@code Json.create…} searches the service providers on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @EJB
    private InitiativeCatalogue catalogue;

    @EJB
    private TaxonomyService taxonomy;

    @Inject
    private ReaderLanguage reader;

    private long total;
    private List<Breakdown> breakdowns;

    /** One value and how many public initiatives have it; the link opens them in the catalogue. */
    public record Row(String label, long count, String link) {
    }

    /**
     * The counts of one facet, as a table and as a Chart.js configuration for PrimeFaces' chart.
     *
     * @param id an HTML id
     */
    public record Breakdown(String id, String heading, List<Row> rows, String chart) {
    }

    @PostConstruct
    void load() {
        CataloguePage all = catalogue.search(SearchRequest.all(1), reader.getLanguage());
        total = all.total();
        Map<TermKind, List<TermView>> terms = taxonomy.all(reader.getLanguage());
        breakdowns = new ArrayList<>();
        add(all, Facet.COUNTRY, byCount(all, Facet.COUNTRY, c -> MemberState.fromCode(c)
                .map(reader::country).orElse(c)));
        add(all, Facet.STAGE, coded(Stage.values()));
        add(all, Facet.PARTICIPATION, coded(ParticipationLevel.values()));
        add(all, Facet.LEVEL, coded(GovernmentLevel.values()));
        Map<String, String> themeNames = terms.get(TermKind.THEME).stream()
                .collect(Collectors.toMap(TermView::code, TermView::name));
        add(all, Facet.THEME, byCount(all, Facet.THEME, c -> themeNames.getOrDefault(c, c)));
        add(all, Facet.YEAR, all.counts(Facet.YEAR).stream().sorted(Comparator.comparing(FacetCount::value))
                .map(c -> new String[] {c.value(), c.value()}).toList());
    }

    private List<String[]> byCount(CataloguePage all, Facet facet, Function<String, String> label) {
        return all.counts(facet).stream()
                .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
                .map(c -> new String[] {c.value(), label.apply(c.value())}).toList();
    }

    private <E extends Enum<E> & Coded> List<String[]> coded(E[] values) {
        return Arrays.stream(values).map(v -> new String[] {v.code(), reader.label(v)}).toList();
    }

    private void add(CataloguePage all, Facet facet, List<String[]> values) {
        List<Row> rows = values.stream().map(v -> new Row(v[1], all.count(facet, v[0]),
                "/initiatives?" + facet.parameter() + "=" + v[0])).toList();
        String heading = reader.text("statistics.by." + facet.parameter());
        breakdowns.add(new Breakdown("by-" + facet.parameter(), heading, rows, chart(heading, rows)));
    }

    /** A horizontal bar chart in Chart.js's terms, written with JSON-P so every label is escaped. */
    private static String chart(String heading, List<Row> rows) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder data = JSON.createArrayBuilder();
        rows.forEach(r -> {
            labels.add(r.label());
            data.add(r.count());
        });
        return JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                                .add("label", heading).add("data", data).add("backgroundColor", "#14375e"))))
                .add("options", JSON.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", JSON.createObjectBuilder().add("y", JSON.createObjectBuilder()
                                .add("ticks", JSON.createObjectBuilder().add("autoSkip", false))))
                        .add("plugins", JSON.createObjectBuilder()
                                .add("legend", JSON.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    public long getTotal() {
        return total;
    }

    public List<Breakdown> getBreakdowns() {
        return breakdowns;
    }
}
