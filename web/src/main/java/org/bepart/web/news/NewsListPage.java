package org.bepart.web.news;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.bepart.news.ArchiveMonth;
import org.bepart.news.NewsCategory;
import org.bepart.news.NewsList;
import org.bepart.news.NewsService;
import org.bepart.web.i18n.ReaderLanguage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Backs {@code news.xhtml}: the public list at {@code /news}, filtered by {@code category} and {@code month}
 * (2026-06) and paged by {@code page}, all in the address. Values that mean nothing are ignored.
 */
@Named
@RequestScoped
public class NewsListPage {

    static final int PAGE_SIZE = 10;
    static final int SIDEBAR = 5;

    @EJB
    private NewsService news;

    @Inject
    private ReaderLanguage reader;

    @Inject
    private HttpServletRequest request;

    private NewsCategory category;
    private YearMonth month;
    private NewsList result;
    private List<ArchiveMonth> archive;

    @PostConstruct
    void load() {
        category = NewsCategory.fromCode(request.getParameter("category")).orElse(null);
        month = month(request.getParameter("month"));
        result = news.list(reader.getLanguage(), category, month, page(request.getParameter("page")), PAGE_SIZE);
        archive = news.archive(category);
    }

    private static YearMonth month(String value) {
        if (value == null || !value.matches("[0-9]{4}-[0-9]{2}")) {
            return null;
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int page(String value) {
        if (value == null || !value.matches("[0-9]{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(value));
    }

    /** The list's address with these filters (null for none) at page 1. */
    public String url(NewsCategory withCategory, YearMonth withMonth) {
        return url(withCategory, withMonth, 1);
    }

    /** This list at another page. */
    public String pageUrl(int page) {
        return url(category, month, page);
    }

    private String url(NewsCategory withCategory, YearMonth withMonth, int page) {
        List<String> parameters = new ArrayList<>();
        if (withCategory != null) {
            parameters.add("category=" + withCategory.code());
        }
        if (withMonth != null) {
            parameters.add("month=" + URLEncoder.encode(withMonth.toString(), StandardCharsets.UTF_8));
        }
        if (page > 1) {
            parameters.add("page=" + page);
        }
        return request.getContextPath() + "/news" + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
    }

    /** The feed of this list (its category) in the reader's language. */
    public String feed(boolean rss) {
        return NewsFeedServlet.address(request.getContextPath(), rss, reader.getLanguage(), category);
    }

    public List<NewsCategory> getCategories() {
        return Arrays.asList(NewsCategory.values());
    }

    public NewsCategory getCategory() {
        return category;
    }

    public YearMonth getMonth() {
        return month;
    }

    public NewsList getResult() {
        return result;
    }

    public List<ArchiveMonth> getArchive() {
        return archive;
    }

    /** The page's heading: the category's name or "News", with the month when one is chosen. */
    public String getHeading() {
        return category == null ? reader.text("news.title") : reader.label(category);
    }
}
