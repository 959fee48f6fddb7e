package org.bepart.initiative;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.bepart.country.MemberState;
import org.bepart.language.Language;
import org.bepart.search.Facet;
import org.bepart.search.FacetCount;
import org.bepart.search.MapPoint;
import org.bepart.search.ReplicationLinks;
import org.bepart.search.Suggestion;
import org.bepart.search.SearchHits;
import org.bepart.search.SearchIndex;
import org.bepart.search.SearchRequest;
import org.bepart.taxonomy.TaxonomyService;
import org.bepart.taxonomy.TermKind;
import org.bepart.taxonomy.TermView;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public catalogue: only submitted, under-review and validated initiatives are ever returned. The search index
 * finds and counts; the database gives the initiatives of the page.
 */
@Stateless
public class InitiativeCatalogue {

    public static final int MAX_PAGE_SIZE = 100;
    /** Deeper pages are refused: the search collects at most {@link SearchIndex#MAX_COLLECTED} results. */
    public static final int MAX_PAGE = SearchIndex.MAX_COLLECTED;

    private static final Set<InitiativeStatus> PUBLIC = InitiativeStatus.publicOnes();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SearchIndex index;

    @EJB
    private TaxonomyService taxonomy;

    /** One page of the initiatives matching {@code request}, with facet counts and the searched words marked. */
    public CataloguePage search(@NotNull SearchRequest request, @NotNull Language language) {
        SearchHits hits = hits(request, language);
        List<InitiativeCard> items = cards(hits.hits(), language);
        return new CataloguePage(items, hits.total(), request.page(), request.pageSize(), hits.facets());
    }

    /**
     * The cards of these hits as the index stored them, with the searched words marked: no database read but the
     * (cached) theme names.
     */
    /**
     * The cards of those of these initiatives that are public, in this order, as the index keeps them: no statement
     * (the card of an initiative changed a moment ago on another server may be its previous one for that moment).
     */
    public List<InitiativeCard> cardsOf(@NotNull List<Long> ids, @NotNull Language language) {
        return ids.isEmpty() ? List.of() : cards(index.byIds(ids), language);
    }

    private List<InitiativeCard> cards(List<SearchHits.Hit> hits, Language language) {
        if (hits.isEmpty()) {
            return List.of();
        }
        Map<String, TermView> themes = taxonomy.terms(TermKind.THEME, language).stream()
                .collect(Collectors.toMap(TermView::code, Function.identity()));
        return hits.stream().map(hit -> CardReader.read(hit.id(), hit.card(), language, themes)
                .withHighlight(hit.highlight())).toList();
    }

    /** Initiatives with every field, one page of those matching {@code request}, with the total and facet counts. */
    public DetailPage searchDetails(@NotNull SearchRequest request, @NotNull Language language) {
        SearchHits hits = hits(request, language);
        return new DetailPage(details(hits.ids(), language), hits.total(), hits.facets());
    }

    /** A page of initiatives with every field. */
    public record DetailPage(List<InitiativeDetail> items, long total, Map<Facet, List<FacetCount>> facets) {
    }

    private SearchHits hits(SearchRequest request, Language language) {
        if (request.page() < 1 || request.page() > MAX_PAGE || request.pageSize() < 1
                || request.pageSize() > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page " + request.page() + " of size " + request.pageSize());
        }
        return index.search(request.forReader(language), language);
    }

    /** The public initiatives of these ids with every field, in this order; those no longer public are left out. */
    public List<InitiativeDetail> details(@NotNull List<Long> ids, @NotNull Language language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Initiative> byId = load(ids);
        // the links as the index keeps them: no statement more for a page of the API
        return ids.stream().map(byId::get).filter(i -> i != null)
                .map(i -> InitiativeDetail.of(i, language, List.of(), index.replicationLinks(i.getId()))).toList();
    }

    /**
     * The initiatives at the other ends of an initiative's replications as cards, with what was adapted, and the
     * places of those that replicated it: read from the search index alone.
     */
    public Peers peers(@NotNull InitiativeDetail initiative, @NotNull Language language) {
        List<ReplicationLinks.Link> in = initiative.exchange().inspiredBy();
        List<ReplicationLinks.Link> out = initiative.exchange().replicatedIn();
        if (in.isEmpty() && out.isEmpty()) {
            return Peers.NONE;
        }
        List<Long> outIds = out.stream().map(ReplicationLinks.Link::id).toList();
        List<Long> all = new ArrayList<>(outIds);
        in.forEach(l -> all.add(l.id()));
        Map<Long, InitiativeCard> cards = cards(index.byIds(all), language).stream()
                .collect(Collectors.toMap(InitiativeCard::id, Function.identity()));
        return new Peers(linked(in, cards), linked(out, cards), index.pointsOf(outIds, language));
    }

    private static List<Peers.Linked> linked(List<ReplicationLinks.Link> links, Map<Long, InitiativeCard> cards) {
        return links.stream().filter(l -> cards.containsKey(l.id()))
                .map(l -> new Peers.Linked(cards.get(l.id()), l.adaptation())).toList();
    }

    private Map<Long, Initiative> load(List<Long> ids) {
        return em.createNamedQuery(Initiative.FIND_BY_IDS_AND_STATUS, Initiative.class)
                .setParameter("ids", ids).setParameter("statuses", PUBLIC)
                .getResultStream().collect(Collectors.toMap(Initiative::getId, Function.identity()));
    }

    /** Up to {@code count} public initiatives like this one, most alike first. */
    public List<InitiativeCard> related(@NotNull InitiativeDetail initiative,
                                        @Min(1) @Max(SearchIndex.MAX_RELATED) int count,
                                        @NotNull Language language) {
        return cards(index.related(initiative.card().id(), count), language);
    }

    /** The located initiatives matching {@code request}, for a map; at most {@link SearchIndex#MAX_POINTS}. */
    public List<MapPoint> points(@NotNull SearchRequest request, @NotNull Language language) {
        return index.points(request, language);
    }

    /** Up to {@code count} titles matching what is being typed. */
    public List<Suggestion> suggest(String text, @Min(1) @Max(20) int count, @NotNull Language language) {
        return index.suggest(text == null ? "" : text.strip(), language, count);
    }

    /** How many initiatives are public. */
    public long countPublic() {
        return em.createQuery("SELECT COUNT(i) FROM Initiative i WHERE i.status IN :statuses AND i.heldAt IS NULL", Long.class)
                .setParameter("statuses", PUBLIC).getSingleResult();
    }

    /** Id and last change of public initiatives by id, {@code size} from {@code first}: what a sitemap lists. */
    public List<SitemapEntry> sitemap(@Min(0) int first, @Min(1) @Max(50_000) int size) {
        return em.createQuery("SELECT i.id, i.updatedAt FROM Initiative i WHERE i.status IN :statuses AND i.heldAt IS NULL ORDER BY i.id",
                        Object[].class)
                .setParameter("statuses", PUBLIC).setFirstResult(first).setMaxResults(size)
                .getResultStream().map(row -> new SitemapEntry((Long) row[0], (java.time.Instant) row[1])).toList();
    }

    /** A public initiative's id and last change. */
    public record SitemapEntry(long id, java.time.Instant updatedAt) {
    }

    /** A public initiative with every field, or empty when there is none with this id or it is not public. */
    public Optional<InitiativeDetail> find(long id, @NotNull Language language) {
        // The organisations and the texts come with the initiative's row (see the named query), the files in a
        // second statement; the replications as the index keeps them (an end made private since is left out by
        // peers()).
        return publicOne(id).map(i -> InitiativeDetail.of(i, language,
                em.createNamedQuery(Attachment.FIND_BY_INITIATIVE, Attachment.class).setParameter("initiative", i)
                        .getResultStream().map(org.bepart.media.AttachmentView::of).toList(),
                index.replicationLinks(i.getId())));
    }

    /** The title of a public initiative (one statement, its texts with it), or empty as {@link #find} would be. */
    public Optional<InitiativeTitle> title(long id, @NotNull Language language) {
        return publicOne(id).map(i -> InitiativeTitle.of(i, language));
    }

    private Optional<Initiative> publicOne(long id) {
        return em.createNamedQuery(Initiative.FIND_BY_ID_AND_STATUS, Initiative.class)
                .setParameter("id", id)
                .setParameter("statuses", PUBLIC)
                .getResultStream()
                .findFirst();
    }

    /** The latest initiatives and the counts the home page shows, from one search of everything. */
    public CatalogueOverview overview(@Min(1) @Max(MAX_PAGE_SIZE) int latest, @NotNull Language language) {
        CataloguePage all = search(SearchRequest.all(latest), language);
        Map<InitiativeStatus, Long> byStatus = new EnumMap<>(InitiativeStatus.class);
        PUBLIC.forEach(s -> byStatus.put(s, all.count(Facet.STATUS, s.code())));
        List<CatalogueOverview.CountryCount> byCountry = all.counts(Facet.COUNTRY).stream()
                .sorted(java.util.Comparator.comparingLong(FacetCount::count).reversed()
                        .thenComparing(FacetCount::value))
                .map(c -> new CatalogueOverview.CountryCount(MemberState.fromCode(c.value()).orElseThrow(), c.count()))
                .toList();
        return new CatalogueOverview(all.items(), byStatus, byCountry);
    }
}
