package org.bepart.web.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.bepart.country.MemberState;
import org.bepart.organisation.DirectoryFilter;
import org.bepart.organisation.DirectoryOrder;
import org.bepart.organisation.OrganisationDirectory;
import org.bepart.organisation.OrganisationService;
import org.bepart.organisation.Sector;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs {@code organisations.xhtml}: the public directory at {@code /organisations}, filtered by {@code country},
 * {@code sector} and words of the name ({@code q}), sorted by {@code sort} and paged by {@code page}, all in the
 * address. Values that mean nothing are ignored; words past the longest search are cut off.
 */
@Named
@RequestScoped
public class OrganisationDirectoryPage {

    static final int PAGE_SIZE = 30;
    /** Page numbers shown either side of the current one. */
    private static final int NEIGHBOURS = 2;

    @EJB
    private OrganisationService organisations;

    @Inject
    private HttpServletRequest request;

    private MemberState country;
    private Sector sector;
    private String text;
    private DirectoryOrder order;
    private OrganisationDirectory result;

    @PostConstruct
    void load() {
        country = MemberState.fromCode(request.getParameter("country")).orElse(null);
        sector = Sector.fromCode(request.getParameter("sector")).orElse(null);
        order = DirectoryOrder.fromCode(request.getParameter("sort")).orElse(DirectoryOrder.NAME);
        String q = request.getParameter("q");
        text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > DirectoryFilter.TEXT_MAX) {
            text = text.substring(0, DirectoryFilter.TEXT_MAX);
        }
        result = organisations.directory(new DirectoryFilter(country, sector, text, order,
                page(request.getParameter("page")), PAGE_SIZE));
    }

    private static int page(String value) {
        if (value == null || !value.matches("[0-9]{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(value));
    }

    /** This list at another page. */
    public String pageUrl(int page) {
        List<String> parameters = new ArrayList<>();
        if (text != null) {
            parameters.add("q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
        if (country != null) {
            parameters.add("country=" + country.code());
        }
        if (sector != null) {
            parameters.add("sector=" + sector.code());
        }
        if (order != DirectoryOrder.NAME) {
            parameters.add("sort=" + order.code());
        }
        if (page > 1) {
            parameters.add("page=" + page);
        }
        return request.getContextPath() + "/organisations"
                + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
    }

    /** The page numbers to link: the first, the last and those near this one, with 0 where some are left out. */
    /** {@link #pageUrl} for {@code b:pageLinks}. */
    public java.util.function.IntFunction<String> getPageUrls() {
        return this::pageUrl;
    }

    public List<Integer> getPageNumbers() {
        int last = result.pages();
        int from = Math.max(2, result.page() - NEIGHBOURS);
        int to = Math.min(last - 1, result.page() + NEIGHBOURS);
        List<Integer> numbers = new ArrayList<>(List.of(1));
        if (from > 2) {
            numbers.add(0);
        }
        for (int number = from; number <= to; number++) {
            numbers.add(number);
        }
        if (to < last - 1) {
            numbers.add(0);
        }
        if (last > 1) {
            numbers.add(last);
        }
        return numbers;
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public DirectoryOrder[] getOrders() {
        return DirectoryOrder.values();
    }

    public MemberState getCountry() {
        return country;
    }

    public Sector getSector() {
        return sector;
    }

    public String getText() {
        return text;
    }

    public DirectoryOrder getOrder() {
        return order;
    }

    public OrganisationDirectory getResult() {
        return result;
    }

    /** Whether any filter narrows the list. */
    public boolean isFiltered() {
        return country != null || sector != null || text != null;
    }
}
