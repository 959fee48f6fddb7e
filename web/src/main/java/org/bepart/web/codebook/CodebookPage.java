package org.bepart.web.codebook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.bepart.search.Facet;
import org.bepart.web.api.ApiInitiative;

import java.util.Arrays;
import java.util.List;

/** Backs {@code codebook.xhtml}: the fields of the open data, in the order of the CSV columns. */
@Named
@ApplicationScoped
public class CodebookPage {

    public List<String> getFields() {
        return ApiInitiative.COLUMNS;
    }

    /** The parameters the API and the catalogue accept for filtering. */
    public List<String> getFilters() {
        return Arrays.stream(Facet.values()).map(Facet::parameter).toList();
    }
}
