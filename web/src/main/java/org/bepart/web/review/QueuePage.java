package org.bepart.web.review;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.country.MemberState;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.review.BulkForward;
import org.bepart.review.Queue;
import org.bepart.review.QueueFilter;
import org.bepart.review.QueueRow;
import org.bepart.review.ReviewService;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Backs {@code admin/queue.xhtml}: the initiatives to review, by status (tabs with counts), country and words, all in
 * the URL ({@code status}, {@code country}, {@code q}, {@code page}); administrators forward several at once.
 */
@Named
@ViewScoped
public class QueuePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;
    static final String TO_DO = "to-do";

    @EJB
    private transient ReviewService reviews;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient ReaderLanguage reader;

    @Inject
    private transient Messages messages;

    private String status;
    private String country;
    private String q;
    private String page;

    private transient Queue queue;
    /** The rows shown, with the versions the bulk action forwards at. */
    private List<QueueRow> rows = List.of();
    private final Map<Long, Boolean> selected = new HashMap<>();

    /** A tab: a status (or the "to do" list), its count, its address, whether it is shown. */
    public record Tab(String code, String label, long count, String url, boolean current) {
    }

    /** View action: reads the filters (404 for ones that mean nothing) and lists the page. */
    public void load() throws IOException {
        if (!valid()) {
            Faces.responseSendError(404, "no such queue");
            return;
        }
        rows = getQueue().rows();
    }

    private boolean valid() {
        return (status == null || status.isEmpty() || TO_DO.equals(status) || listed(status) != null)
                && (country == null || country.isEmpty() || MemberState.fromCode(country).isPresent())
                && (page == null || page.isEmpty() || page.matches("[1-9][0-9]{0,3}"))
                && (q == null || q.length() <= 200);
    }

    private static InitiativeStatus listed(String code) {
        return InitiativeStatus.fromCode(code).filter(QueueFilter.LISTED::contains).orElse(null);
    }

    private QueueFilter filter() {
        InitiativeStatus shown = status == null ? null : listed(status);
        return new QueueFilter(shown == null ? null : Set.of(shown),
                country == null || country.isEmpty() ? null : MemberState.fromCode(country).orElseThrow(), q,
                page == null || page.isEmpty() ? 1 : Integer.parseInt(page), PAGE_SIZE);
    }

    /** Administrators: forward the selected submitted initiatives, each at the version shown. */
    public void forwardSelected() throws IOException {
        Map<Long, Integer> versions = rows.stream()
                .filter(r -> Boolean.TRUE.equals(selected.get(r.id())) && r.status() == InitiativeStatus.SUBMITTED
                        && !r.ownOrganisation())
                .collect(Collectors.toMap(QueueRow::id, QueueRow::version));
        if (versions.isEmpty()) {
            messages.error("queue.noneSelected");
            return;
        }
        BulkForward result;
        try {
            result = reviews.forwardAll(currentUser.getId(), versions);
        } catch (RuntimeException e) {
            messages.failure(e);
            return;
        }
        if (!result.forwarded().isEmpty()) {
            messages.info("queue.forwarded", titles(result.forwarded()));
        }
        if (!result.conflicts().isEmpty()) {
            messages.error("queue.conflicts", titles(result.conflicts()));
        }
        if (!result.refused().isEmpty()) {
            messages.error("queue.refused", titles(result.refused()));
        }
        if (!result.own().isEmpty()) {
            messages.error("queue.ownRefused", titles(result.own()));
        }
        messages.keepForRedirect();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + url(status, 1));
    }

    private String titles(List<Long> ids) {
        Map<Long, String> byId = rows.stream().collect(Collectors.toMap(QueueRow::id, QueueRow::title));
        return ids.stream().map(id -> "“" + byId.get(id) + "”").collect(Collectors.joining(", "));
    }

    /** The queue's address with this status (null: the "to do" list) and page, keeping the other filters. */
    public String url(String statusCode, int pageNumber) {
        List<String> parameters = new ArrayList<>();
        if (statusCode != null && !statusCode.isEmpty() && !TO_DO.equals(statusCode)) {
            parameters.add("status=" + statusCode);
        }
        if (country != null && !country.isEmpty()) {
            parameters.add("country=" + country);
        }
        if (q != null && !q.isBlank()) {
            parameters.add("q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8));
        }
        if (pageNumber > 1) {
            parameters.add("page=" + pageNumber);
        }
        return "/admin/queue" + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
    }

    /** This status without the other filters. */
    public String getClearUrl() {
        InitiativeStatus shown = status == null ? null : listed(status);
        return "/admin/queue" + (shown == null ? "" : "?status=" + shown.code());
    }

    public List<Tab> getTabs() {
        String current = currentCode();
        List<Tab> tabs = new ArrayList<>();
        tabs.add(new Tab(TO_DO, reader.text("queue.toDo"), getQueue().toDo(), url(null, 1), TO_DO.equals(current)));
        Stream.of(InitiativeStatus.values()).filter(QueueFilter.LISTED::contains)
                .forEach(s -> tabs.add(new Tab(s.code(), reader.label(s), getQueue().count(s), url(s.code(), 1),
                        s.code().equals(current))));
        return tabs;
    }

    private String currentCode() {
        return status == null || status.isEmpty() || listed(status) == null ? TO_DO : status;
    }

    /** The name of what is listed, for the table's caption. */
    public String getCurrentLabel() {
        InitiativeStatus shown = status == null ? null : listed(status);
        return shown == null ? reader.text("queue.toDo") : reader.label(shown);
    }

    /** Member states by name in the reader's language, for the filter. */
    public Map<String, String> getCountries() {
        Map<String, String> countries = new LinkedHashMap<>();
        MemberState.sortedBy(reader.getLocale()).forEach(s -> countries.put(s.code(), reader.country(s)));
        return countries;
    }

    /**
     * Whether the table offers the bulk action: administrators, and at least one submitted row that is not of an
     * organisation they belong to.
     */
    public boolean isBulk() {
        return currentUser.isAdministrator()
                && rows.stream().anyMatch(r -> r.status() == InitiativeStatus.SUBMITTED && !r.ownOrganisation());
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    /** The page of the queue (read again when the view was restored without it). */
    public Queue getQueue() {
        if (queue == null) {
            queue = reviews.queue(currentUser.getId(), filter(), reader.getLanguage());
        }
        return queue;
    }

    public List<QueueRow> getRows() {
        return rows;
    }

    public Map<Long, Boolean> getSelected() {
        return selected;
    }

    /** Whether the page shows anything but the "to do" list unfiltered. */
    public boolean isFiltered() {
        return (country != null && !country.isEmpty()) || (q != null && !q.isBlank());
    }
}
