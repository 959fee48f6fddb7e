package org.bepart.initiative;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.validation.constraints.NotNull;
import org.bepart.language.Language;
import org.bepart.search.SearchIndex;
import org.bepart.search.SearchRequest;

import java.util.function.Consumer;

/**
 * Every public initiative matching a search, handed one by one to a writer, in batches of their own transactions:
 * memory stays flat whether ten or a hundred thousand initiatives are exported.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InitiativeExport {

    static final int BATCH = 500;

    @EJB
    private SearchIndex index;

    @EJB
    private InitiativeCatalogue catalogue;

    public void export(@NotNull SearchRequest request, @NotNull Language language,
                       @NotNull Consumer<InitiativeDetail> writer) {
        index.forEachChunk(request, language, BATCH, ids -> catalogue.details(ids, language).forEach(writer));
    }
}
