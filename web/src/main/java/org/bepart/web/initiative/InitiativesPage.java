package org.bepart.web.initiative;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.country.MemberState;
import org.bepart.initiative.CatalogueFilter;
import org.bepart.initiative.CataloguePage;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.ParticipationLevel;
import org.bepart.initiative.Stage;
import org.bepart.taxonomy.TaxonomyService;
import org.bepart.taxonomy.TermKind;
import org.bepart.taxonomy.TermView;
import org.bepart.web.i18n.ReaderLanguage;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.bepart.web.initiative.CatalogueParameters.COUNTRY;
import static org.bepart.web.initiative.CatalogueParameters.LEVEL;
import static org.bepart.web.initiative.CatalogueParameters.PARTICIPATION;
import static org.bepart.web.initiative.CatalogueParameters.STAGE;
import static org.bepart.web.initiative.CatalogueParameters.THEME;

/** Backs {@code initiatives.xhtml}: the catalogue, its filters and pages, all in the URL. */
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

    private List<TermView> themes;
    private CatalogueParameters.Parsed parsed;
    private CataloguePage result;

    /** A removable active filter. */
    public record Chip(String label, String removeUrl) {
    }

    /** View action: reads the URL, answers 404 for a page that does not exist, 400 beside ignored values. */
    public void load() throws IOException {
        themes = taxonomy.termsByName(TermKind.THEME, reader.getLanguage());
        parsed = CatalogueParameters.parse(Faces.getRequestParameterValuesMap(),
                themes.stream().map(TermView::code).collect(Collectors.toSet()));
        Optional<Integer> page = parsed.page();
        if (page.isEmpty()) {
            Faces.responseSendError(404, "no such page");
            return;
        }
        result = catalogue.search(parsed.filter(), page.get(), PAGE_SIZE, reader.getLanguage());
        if (page.get() > result.totalPages()) {
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

    public CatalogueFilter getFilter() {
        return parsed.filter();
    }

    public List<CatalogueParameters.Rejected> getRejected() {
        return parsed.rejected();
    }

    public List<TermView> getThemes() {
        return themes;
    }

    public List<GovernmentLevel> getLevels() {
        return Arrays.asList(GovernmentLevel.values());
    }

    public List<Stage> getStages() {
        return Arrays.asList(Stage.values());
    }

    public List<ParticipationLevel> getParticipationLevels() {
        return Arrays.asList(ParticipationLevel.values());
    }

    /** Whether a filter value is active, for checked boxes and selected options. */
    public boolean selected(Object value) {
        CatalogueFilter filter = parsed.filter();
        if (value instanceof MemberState s) {
            return filter.countries().contains(s);
        }
        if (value instanceof GovernmentLevel l) {
            return filter.levels().contains(l);
        }
        if (value instanceof Stage s) {
            return filter.stages().contains(s);
        }
        if (value instanceof ParticipationLevel p) {
            return filter.participation().contains(p);
        }
        return value instanceof TermView t && filter.themes().contains(t.code());
    }

    /** The active filters, each with the address of the catalogue without it. */
    public List<Chip> getChips() {
        CatalogueFilter filter = parsed.filter();
        List<Chip> chips = new ArrayList<>();
        filter.countries().stream().sorted().forEach(c -> chips.add(chip(reader.country(c), COUNTRY, c.code())));
        filter.levels().stream().sorted().forEach(l -> chips.add(chip(reader.label(l), LEVEL, l.code())));
        filter.stages().stream().sorted().forEach(s -> chips.add(chip(reader.label(s), STAGE, s.code())));
        filter.participation().stream().sorted()
                .forEach(p -> chips.add(chip(reader.label(p), PARTICIPATION, p.code())));
        themes.stream().filter(t -> filter.themes().contains(t.code()))
                .forEach(t -> chips.add(chip(t.name(), THEME, t.code())));
        return chips;
    }

    private Chip chip(String label, String parameter, String value) {
        return new Chip(label, url(CatalogueParameters.queryWithout(parsed.filter(), parameter, value)));
    }

    /** Address of another page of the same list. */
    public String pageUrl(int page) {
        return url(CatalogueParameters.query(parsed.filter(), page));
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
