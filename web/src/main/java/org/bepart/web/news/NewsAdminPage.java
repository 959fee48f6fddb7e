package org.bepart.web.news;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.bepart.news.EditorRow;
import org.bepart.news.NewsEditorService;
import org.bepart.news.NewsStatus;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Backs {@code admin/news.xhtml}: the editors' list of news items, filtered by {@code status} in the address. */
@Named
@RequestScoped
public class NewsAdminPage {

    @EJB
    private NewsEditorService editor;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReaderLanguage reader;

    @Inject
    private HttpServletRequest request;

    private NewsStatus status;
    private List<EditorRow> rows;

    @PostConstruct
    void load() {
        String wanted = request.getParameter("status");
        status = Arrays.stream(NewsStatus.values()).filter(s -> s.name().equalsIgnoreCase(wanted)).findFirst()
                .orElse(null);
        rows = editor.list(currentUser.getId(), status, reader.getLanguage());
    }

    public List<NewsStatus> getStatuses() {
        return Arrays.asList(NewsStatus.values());
    }

    /** The list filtered by a status (all for null). */
    public String url(NewsStatus filter) {
        return request.getContextPath() + "/admin/news"
                + (filter == null ? "" : "?status=" + filter.name().toLowerCase(Locale.ROOT));
    }

    public NewsStatus getStatus() {
        return status;
    }

    public List<EditorRow> getRows() {
        return rows;
    }
}
