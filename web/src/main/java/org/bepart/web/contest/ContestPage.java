package org.bepart.web.contest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.contest.ContestDetail;
import org.bepart.contest.ContestService;
import org.bepart.web.i18n.ReaderLanguage;

import java.io.IOException;

/** Backs {@code contest.xhtml}: one published contest at {@code /contests/{id}/{slug}}. */
@Named
@RequestScoped
public class ContestPage {

    @EJB
    private ContestService contests;

    @Inject
    private ReaderLanguage reader;

    private String id;
    private ContestDetail contest;

    /** View action: loads the contest, or answers 404 for an unknown, unpublished or malformed id. */
    public void load() throws IOException {
        contest = ContestPages.find(contests, id, reader);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ContestDetail getContest() {
        return contest;
    }
}
