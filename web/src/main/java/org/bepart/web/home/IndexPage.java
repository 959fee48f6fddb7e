package org.bepart.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.initiative.CatalogueOverview;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.Stage;
import org.bepart.web.i18n.ReaderLanguage;

import java.util.Arrays;
import java.util.List;

/** Backs {@code index.xhtml}. */
@Named
@RequestScoped
public class IndexPage {

    static final int LATEST = 6;

    @EJB
    private InitiativeCatalogue catalogue;

    @Inject
    private ReaderLanguage reader;

    private CatalogueOverview overview;

    @PostConstruct
    void load() {
        overview = catalogue.overview(LATEST, reader.getLanguage());
    }

    public CatalogueOverview getOverview() {
        return overview;
    }

    public List<Stage> getStages() {
        return Arrays.asList(Stage.values());
    }
}
