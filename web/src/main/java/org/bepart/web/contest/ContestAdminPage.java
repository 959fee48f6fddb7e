package org.bepart.web.contest;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.contest.ContestEditorService;
import org.bepart.contest.ContestRow;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;

import java.util.List;

/** Backs {@code admin/contests.xhtml}: the editors' list of contests with their entries waiting for moderation. */
@Named
@RequestScoped
public class ContestAdminPage {

    @EJB
    private ContestEditorService editor;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReaderLanguage reader;

    private List<ContestRow> rows;

    @PostConstruct
    void load() {
        rows = editor.list(currentUser.getId(), reader.getLanguage());
    }

    public List<ContestRow> getRows() {
        return rows;
    }
}
