package org.bepart.web.contest;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.contest.ContestOverview;
import org.bepart.contest.ContestService;
import org.bepart.web.i18n.ReaderLanguage;

/** Backs {@code contests.xhtml}: open contests with their deadlines, then upcoming, then past ones. */
@Named
@RequestScoped
public class ContestsPage {

    @EJB
    private ContestService contests;

    @Inject
    private ReaderLanguage reader;

    private ContestOverview overview;

    @PostConstruct
    void load() {
        overview = contests.overview(reader.getLanguage());
    }

    public ContestOverview getOverview() {
        return overview;
    }
}
