package org.bepart.web.organisation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.country.MemberState;
import org.bepart.organisation.AdminFilter;
import org.bepart.organisation.AdminOrganisations;
import org.bepart.organisation.AdminRow;
import org.bepart.organisation.OrganisationAdmin;
import org.bepart.organisation.OrganisationKind;
import org.bepart.web.faces.Messages;
import org.bepart.web.security.CurrentUser;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * /admin/organisations?kind=…&amp;country=…&amp;verified=yes|no&amp;q=…&amp;page=…: administrators see every
 * organisation, verify public authorities (or take the badge away), open an organisation's details to edit them, and
 * merge a duplicate into the organisation it duplicates (after a confirmation). Actions carry the version the page
 * showed; a change made meanwhile is refused with a clear message.
 */
@Named
@ViewScoped
public class AdminOrganisationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient OrganisationAdmin admin;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    private String kind;
    private String country;
    private String verified;
    private String q;
    private int page = 1;
    private AdminOrganisations result;
    private List<Row> rows = List.of();

    /** An organisation of the list with the number of the organisation to merge it into, as typed. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final AdminRow organisation;
        private Long mergeInto;

        Row(AdminRow organisation) {
            this.organisation = organisation;
        }

        public AdminRow getOrganisation() {
            return organisation;
        }

        public Long getMergeInto() {
            return mergeInto;
        }

        public void setMergeInto(Long mergeInto) {
            this.mergeInto = mergeInto;
        }
    }

    public void load() throws IOException {
        if (!currentUser.isAdministrator()) {
            Faces.responseSendError(403, "administrators only"); // reviewers pass /admin/*'s constraint
            return;
        }
        try {
            result = admin.list(currentUser.getId(), filter());
            rows = new ArrayList<>(result.rows().stream().map(Row::new).toList());
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    /** The filter of the address; values that are no choice of the form count as no filter. */
    private AdminFilter filter() {
        OrganisationKind k = kind == null ? null : OrganisationKind.fromCode(kind).orElse(null);
        MemberState c = country == null ? null : MemberState.fromCode(country).orElse(null);
        Boolean v = "yes".equals(verified) ? Boolean.TRUE : "no".equals(verified) ? Boolean.FALSE : null;
        String text = q == null ? null : q.strip();
        if (text != null && text.length() > org.bepart.organisation.DirectoryFilter.TEXT_MAX) {
            text = text.substring(0, org.bepart.organisation.DirectoryFilter.TEXT_MAX);
        }
        return new AdminFilter(k, c, v, text, Math.max(1, Math.min(page,
                org.bepart.organisation.DirectoryFilter.PAGE_MAX)));
    }

    public void verify(Row row) throws IOException {
        AdminRow o = row.organisation;
        act(() -> admin.verify(currentUser.getId(), o.id(), o.version()), "organisationAdmin.verified", o.name());
    }

    public void unverify(Row row) throws IOException {
        AdminRow o = row.organisation;
        act(() -> admin.unverify(currentUser.getId(), o.id(), o.version()), "organisationAdmin.unverified", o.name());
    }

    public void merge(Row row) throws IOException {
        AdminRow o = row.organisation;
        if (row.mergeInto == null) {
            messages.error("organisationAdmin.error.mergeTarget");
            return;
        }
        act(() -> admin.merge(currentUser.getId(), o.id(), o.version(), row.mergeInto), "organisationAdmin.merged",
                o.name());
    }

    /** Runs the action; done, the same list is shown anew (a GET, so reloading repeats nothing), else why not. */
    private void act(Runnable action, String doneKey, String what) throws IOException {
        try {
            action.run();
        } catch (RuntimeException e) {
            messages.failure(e);
            return;
        }
        messages.info(doneKey, what);
        messages.keepForRedirect();
        Faces.redirect(Faces.getRequestContextPath() + "/admin/organisations" + query(result.page()));
    }

    /** The address of a page of the same list. */
    public String query(int target) {
        StringBuilder query = new StringBuilder("?page=").append(target);
        append(query, "kind", kind);
        append(query, "country", country);
        append(query, "verified", verified);
        append(query, "q", q);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public boolean isFiltered() {
        return filter().kind() != null || filter().country() != null || filter().verified() != null
                || filter().text() != null;
    }

    public AdminOrganisations getResult() {
        return result;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getVerified() {
        return verified;
    }

    public void setVerified(String verified) {
        this.verified = verified;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
