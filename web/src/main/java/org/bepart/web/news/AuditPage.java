package org.bepart.web.news;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.news.AuditRow;
import org.bepart.news.EditorService;
import org.bepart.web.security.CurrentUser;

import java.util.List;

/** Backs {@code admin/audit.xhtml}: what editors did, newest first. */
@Named
@RequestScoped
public class AuditPage {

    @EJB
    private EditorService editor;

    @Inject
    private CurrentUser currentUser;

    private List<AuditRow> rows;

    @PostConstruct
    void load() {
        rows = editor.audit(currentUser.getId(), null);
    }

    public List<AuditRow> getRows() {
        return rows;
    }
}
