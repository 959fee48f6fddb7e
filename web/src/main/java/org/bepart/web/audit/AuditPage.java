package org.bepart.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditResults;
import org.bepart.audit.AuditRow;
import org.bepart.audit.AuditTrail;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Backs {@code admin/audit.xhtml}: the audit trail, newest first, filtered by who, what and when (all in the address:
 * {@code who}, {@code action}, {@code from}, {@code to}, {@code page}), with a link to the same entries as CSV.
 * Administrators see every back-office action; editors the entries about their own work.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient AuditTrail trail;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient ReaderLanguage reader;

    @Inject
    private transient Messages messages;

    private String who;
    private String action;
    private String from;
    private String to;
    private String page;
    private AuditResults results;

    /** View action: reads the filters (a message for one that means nothing) and lists the page. */
    public void load() {
        AuditQuery query = query();
        String error = query.error();
        if (error != null) {
            messages.error(error);
            return;
        }
        try {
            results = trail.search(currentUser.getId(), query.filter(), query.pageNumber());
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    private AuditQuery query() {
        return new AuditQuery(blankToNull(who), blankToNull(action), blankToNull(from), blankToNull(to),
                blankToNull(page));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The actions the reader may filter by: all of them for administrators, editors' own for editors. */
    public List<AuditAction> getActions() {
        return currentUser.isAdministrator() ? Arrays.asList(AuditAction.values())
                : List.copyOf(AuditAction.EDITORIAL);
    }

    /** This page's address (without context path) with another page of the same filters. */
    public String pageUrl(int number) {
        return "/admin/audit" + query().query(number);
    }

    /** The CSV export of the same filters. */
    public String getCsvUrl() {
        return "/admin/audit.csv" + query().query(1);
    }

    public boolean isFiltered() {
        return query().isFiltered();
    }

    /** Where the subject of an entry is shown in the back office (without context path), or null. */
    public String subjectUrl(AuditRow row) {
        Long id = row.subjectId();
        boolean administrator = currentUser.isAdministrator();
        return switch (row.subjectType()) {
            case AuditEntry.NEWS -> id == null ? null : "/admin/news/edit?id=" + id;
            case AuditEntry.IMAGE -> id == null ? null : "/news/images/" + id;
            case AuditEntry.CONTEST -> id == null ? null : "/admin/contests/edit?id=" + id;
            case AuditEntry.EVENT -> id == null ? null : "/admin/events/edit?id=" + id;
            case AuditEntry.NEWSLETTER -> id == null ? null : "/admin/newsletter?digest=" + id;
            case AuditEntry.INITIATIVE -> id == null || !administrator ? null : "/admin/review?id=" + id;
            case AuditEntry.ACCOUNT -> id == null || !administrator ? null : "/admin/account-activity?account=" + id;
            case AuditEntry.ORGANISATION -> id == null ? null : "/organisations/" + id;
            case AuditEntry.SEARCH_INDEX -> administrator ? "/admin/search" : null;
            case AuditEntry.IMPORT -> id == null || !administrator ? null : "/admin/import?id=" + id;
            case AuditEntry.POST -> id == null ? null : "/admin/discussion?post=" + id;
            default -> null;
        };
    }

    /** The subject of an entry in words: "News item #12", "The search index". */
    public String subjectLabel(AuditRow row) {
        return row.subjectId() == null ? reader.text("audit.subject." + row.subjectType() + ".all")
                : reader.format("audit.subject." + row.subjectType(), String.valueOf(row.subjectId()));
    }

    public AuditResults getResults() {
        return results;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
