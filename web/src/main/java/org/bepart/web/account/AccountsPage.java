package org.bepart.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.account.AccountPage;
import org.bepart.account.AccountService;
import org.bepart.account.AccountSummary;
import org.bepart.account.Role;
import org.bepart.web.faces.Messages;
import org.omnifaces.util.Faces;
import org.bepart.web.security.CurrentUser;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * /admin/accounts?q=…&amp;page=…: administrators find accounts, set their roles and open an account's activity (where
 * they block it). Reviewers reach the URL (the back office is theirs too) but see only that it is not for them; the
 * service checks again.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient AccountService accounts;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    private String q;
    private int page = 1;
    private boolean allowed;
    private AccountPage result;
    private List<Row> rows = List.of();

    public void load() throws java.io.IOException {
        allowed = currentUser.isAdministrator();
        if (!allowed) {
            // reviewers pass web.xml's /admin/* constraint; this page is for administrators only
            Faces.responseSendError(403, "administrators only");
            return;
        }
        try {
            result = accounts.accounts(currentUser.getId(), q, Math.max(1, page));
            rows = new ArrayList<>(result.items().stream().map(Row::new).toList());
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    public void save(Row row) {
        try {
            AccountSummary saved = accounts.setRoles(currentUser.getId(), row.id, row.roles());
            rows.set(rows.indexOf(row), new Row(saved));
            messages.info("accounts.saved", saved.email());
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    /** Link to another page of the same search. */
    public String pageQuery(int target) {
        return "?page=" + target + (q == null || q.isBlank() ? ""
                : "&q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
    }

    public boolean isAllowed() {
        return allowed;
    }

    public AccountPage getResult() {
        return result;
    }

    public List<Row> getRows() {
        return rows;
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

    /** One account of the list, with its role checkboxes. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String name;
        private final String email;
        private final boolean verified;
        private final boolean blocked;
        private boolean contributor;
        private boolean reviewer;
        private boolean editor;
        private boolean administrator;
        private boolean translator;

        Row(AccountSummary account) {
            id = account.id();
            name = account.name();
            email = account.email();
            verified = account.verified();
            blocked = account.blocked();
            contributor = account.has(Role.CONTRIBUTOR);
            reviewer = account.has(Role.REVIEWER);
            editor = account.has(Role.EDITOR);
            administrator = account.has(Role.ADMINISTRATOR);
            translator = account.has(Role.TRANSLATOR);
        }

        Set<Role> roles() {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            if (contributor) {
                roles.add(Role.CONTRIBUTOR);
            }
            if (reviewer) {
                roles.add(Role.REVIEWER);
            }
            if (editor) {
                roles.add(Role.EDITOR);
            }
            if (administrator) {
                roles.add(Role.ADMINISTRATOR);
            }
            if (translator) {
                roles.add(Role.TRANSLATOR);
            }
            return roles;
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getEmail() {
            return email;
        }

        public boolean isVerified() {
            return verified;
        }

        public boolean isBlocked() {
            return blocked;
        }

        public boolean isContributor() {
            return contributor;
        }

        public void setContributor(boolean contributor) {
            this.contributor = contributor;
        }

        public boolean isTranslator() {
            return translator;
        }

        public void setTranslator(boolean translator) {
            this.translator = translator;
        }

        public boolean isReviewer() {
            return reviewer;
        }

        public void setReviewer(boolean reviewer) {
            this.reviewer = reviewer;
        }

        public boolean isEditor() {
            return editor;
        }

        public void setEditor(boolean editor) {
            this.editor = editor;
        }

        public boolean isAdministrator() {
            return administrator;
        }

        public void setAdministrator(boolean administrator) {
            this.administrator = administrator;
        }
    }
}
