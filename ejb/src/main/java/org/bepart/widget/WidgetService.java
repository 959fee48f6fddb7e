package org.bepart.widget;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.bepart.country.MemberState;
import org.bepart.initiative.CataloguePage;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeCards;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.language.Language;
import org.bepart.organisation.Organisation;
import org.bepart.search.Facet;
import org.bepart.search.SearchRequest;
import org.bepart.search.SearchSort;
import org.bepart.taxonomy.TaxonomyService;
import org.bepart.taxonomy.TermKind;
import org.bepart.taxonomy.TermView;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The content of widgets: validated initiatives only, newest first, at most {@link #SIZE}. */
@Stateless
public class WidgetService {

    /** How many initiatives a widget lists; the rest is a link away. */
    public static final int SIZE = 10;
    /** Longer keys name nothing: organisation ids, country codes and term codes are all shorter. */
    public static final int KEY_MAX = 40;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private InitiativeCatalogue catalogue;

    @EJB
    private TaxonomyService taxonomy;

    /** The widget of {@code key} (an organisation's number, a country code, a theme's code); empty when none. */
    public Optional<WidgetList> list(@NotNull WidgetSubject subject, @NotNull String key,
                                     @NotNull Language language) {
        if (key.isEmpty() || key.length() > KEY_MAX) {
            return Optional.empty();
        }
        return switch (subject) {
            case ORGANISATION -> organisation(key, language);
            case COUNTRY -> MemberState.fromCode(key).filter(s -> s.code().equals(key))
                    .map(s -> searched(subject, s.code(), s.displayName(language.locale()), Facet.COUNTRY,
                            "/initiatives?country=" + s.code() + "&status=" + InitiativeStatus.VALIDATED.code(),
                            language));
            case THEME -> taxonomy.terms(TermKind.THEME, language).stream().filter(t -> t.code().equals(key))
                    .findFirst().map(t -> theme(t, language));
        };
    }

    private WidgetList theme(TermView term, Language language) {
        return searched(WidgetSubject.THEME, term.code(), term.name(), Facet.THEME,
                "/initiatives?theme=" + term.code() + "&status=" + InitiativeStatus.VALIDATED.code(), language);
    }

    /** From the search index: the newest validated initiatives with this facet value, and their number. */
    private WidgetList searched(WidgetSubject subject, String key, String name, Facet facet, String pagePath,
                                Language language) {
        SearchRequest request = new SearchRequest("", Map.of(facet, Set.of(key),
                Facet.STATUS, Set.of(InitiativeStatus.VALIDATED.code())), SearchSort.NEWEST, 1, SIZE);
        CataloguePage page = catalogue.search(request, language);
        return new WidgetList(subject, key, name, page.items(), page.total() > page.items().size(), pagePath);
    }

    private Optional<WidgetList> organisation(String key, Language language) {
        if (!key.matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        Organisation organisation = em.find(Organisation.class, Long.parseLong(key));
        if (organisation == null) {
            return Optional.empty();
        }
        List<Initiative> validated = em.createNamedQuery(Initiative.FIND_PUBLIC_BY_ORGANISATION, Initiative.class)
                .setParameter("organisation", organisation)
                .setParameter("statuses", Set.of(InitiativeStatus.VALIDATED))
                .setMaxResults(SIZE + 1).getResultList();
        List<Initiative> shown = validated.subList(0, Math.min(SIZE, validated.size()));
        return Optional.of(new WidgetList(WidgetSubject.ORGANISATION, key, organisation.getName(),
                InitiativeCards.of(shown, language), validated.size() > SIZE,
                "/organisations/" + organisation.getId() + "/" + Initiative.slug(organisation.getName())));
    }
}
