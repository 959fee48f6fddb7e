package org.bepart.initiative;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.bepart.country.MemberState;
import org.bepart.language.Language;
import org.bepart.taxonomy.TermKind;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The public catalogue: only submitted, under-review and validated initiatives are ever returned. */
@Stateless
public class InitiativeCatalogue {

    public static final int MAX_PAGE_SIZE = 100;
    /** Deeper pages are refused: no reader pages that far, and the offset scan would cost the database. */
    public static final int MAX_PAGE = 100_000;

    private static final Set<InitiativeStatus> PUBLIC = InitiativeStatus.publicOnes();

    @PersistenceContext
    private EntityManager em;

    /** One page of the initiatives matching {@code filter}, newest submission first. */
    public CataloguePage search(@NotNull CatalogueFilter filter, @Min(1) @Max(MAX_PAGE) int page,
                                @Min(1) @Max(MAX_PAGE_SIZE) int pageSize, @NotNull Language language) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);

        TypedQuery<Long> count = em.createQuery("SELECT COUNT(i) FROM Initiative i" + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total <= (long) (page - 1) * pageSize) {
            return new CataloguePage(List.of(), total, page, pageSize);
        }

        TypedQuery<Initiative> query = em.createQuery(
                "SELECT i FROM Initiative i" + where + " ORDER BY i.submittedAt DESC, i.id DESC", Initiative.class);
        parameters.forEach(query::setParameter);
        List<InitiativeCard> items = query.setFirstResult((page - 1) * pageSize).setMaxResults(pageSize)
                .getResultStream().map(i -> InitiativeCard.of(i, language)).toList();
        return new CataloguePage(items, total, page, pageSize);
    }

    /** A public initiative with every field, or empty when there is none with this id or it is not public. */
    public Optional<InitiativeDetail> find(long id, @NotNull Language language) {
        return em.createNamedQuery(Initiative.FIND_BY_ID_AND_STATUS, Initiative.class)
                .setParameter("id", id)
                .setParameter("statuses", PUBLIC)
                .getResultStream()
                .findFirst()
                .map(i -> InitiativeDetail.of(i, language));
    }

    /** The latest initiatives and the counts the home page shows. */
    public CatalogueOverview overview(@Min(0) @Max(MAX_PAGE_SIZE) int latest, @NotNull Language language) {
        List<InitiativeCard> cards = latest == 0 ? List.of()
                : search(CatalogueFilter.none(), 1, latest, language).items();

        Map<InitiativeStatus, Long> byStatus = new EnumMap<>(InitiativeStatus.class);
        PUBLIC.forEach(s -> byStatus.put(s, 0L));
        em.createNamedQuery(Initiative.COUNT_BY_STATUS, Object[].class).setParameter("statuses", PUBLIC)
                .getResultList().forEach(row -> byStatus.put((InitiativeStatus) row[0], (Long) row[1]));

        List<CatalogueOverview.CountryCount> byCountry = em
                .createNamedQuery(Initiative.COUNT_BY_COUNTRY, Object[].class).setParameter("statuses", PUBLIC)
                .getResultList().stream()
                .map(row -> new CatalogueOverview.CountryCount((MemberState) row[0], (Long) row[1]))
                .sorted(Comparator.comparingLong(CatalogueOverview.CountryCount::count).reversed()
                        .thenComparing(c -> c.country().code()))
                .toList();
        return new CatalogueOverview(cards, byStatus, byCountry);
    }

    private static String where(CatalogueFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE i.status IN :statuses");
        parameters.put("statuses", PUBLIC);
        if (!filter.countries().isEmpty()) {
            where.append(" AND i.country IN :countries");
            parameters.put("countries", filter.countries());
        }
        if (!filter.levels().isEmpty()) {
            where.append(" AND i.governmentLevel IN :levels");
            parameters.put("levels", filter.levels());
        }
        if (!filter.stages().isEmpty()) {
            where.append(" AND i.id IN (SELECT s1.id FROM Initiative s1 JOIN s1.stages s WHERE s IN :stages)");
            parameters.put("stages", filter.stages());
        }
        if (!filter.participation().isEmpty()) {
            where.append(" AND i.id IN (SELECT p1.id FROM Initiative p1 JOIN p1.participationLevels p"
                    + " WHERE p IN :participation)");
            parameters.put("participation", filter.participation());
        }
        if (!filter.themes().isEmpty()) {
            where.append(" AND i.id IN (SELECT t1.id FROM Initiative t1 JOIN t1.terms t"
                    + " WHERE t.kind = :themeKind AND t.code IN :themes)");
            parameters.put("themeKind", TermKind.THEME);
            parameters.put("themes", filter.themes());
        }
        return where.toString();
    }
}
