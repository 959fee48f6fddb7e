package org.bepart.web.submission;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.submission.MyInitiative;
import org.bepart.submission.SubmissionService;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;

import java.util.List;

/** /account/initiatives: the initiatives of my organisations, as owner or partner. */
@Named
@RequestScoped
public class MyInitiativesPage {

    @EJB
    private SubmissionService submissions;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReaderLanguage reader;

    private List<MyInitiative> initiatives;

    public void load() {
        initiatives = submissions.mine(currentUser.getId(), reader.getLanguage());
    }

    public List<MyInitiative> getInitiatives() {
        return initiatives;
    }
}
