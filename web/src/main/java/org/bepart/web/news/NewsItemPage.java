package org.bepart.web.news;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.bepart.news.NewsCard;
import org.bepart.news.NewsDetail;
import org.bepart.news.NewsService;
import org.bepart.web.i18n.ReaderLanguage;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.util.List;

/** Backs {@code news-item.xhtml}: one visible news item at {@code /news/{id}/{slug}}, with the latest news beside it. */
@Named
@RequestScoped
public class NewsItemPage {

    static final int LATEST = 5;

    @EJB
    private NewsService news;

    @Inject
    private ReaderLanguage reader;

    @Inject
    private HttpServletRequest request;

    private String id;
    private NewsDetail item;
    private List<NewsCard> latest;

    /** View action: loads the item, or answers 404 for an unknown, hidden or malformed id. */
    public void load() throws IOException {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            Faces.responseSendError(404, "no such news item");
            return;
        }
        item = news.find(Long.parseLong(id), reader.getLanguage()).orElse(null);
        if (item == null) {
            Faces.responseSendError(404, "no such news item");
            return;
        }
        latest = news.latest(reader.getLanguage(), LATEST, item.card().id());
    }

    public String feed(boolean rss) {
        return NewsFeedServlet.address(request.getContextPath(), rss, reader.getLanguage(), null);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public NewsDetail getItem() {
        return item;
    }

    public List<NewsCard> getLatest() {
        return latest;
    }
}
