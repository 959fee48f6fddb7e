package org.bepart.web.moderation;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.account.Account;
import org.bepart.moderation.AccountActivity;
import org.bepart.moderation.ModerationService;
import org.bepart.shared.NotFoundException;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code admin/account-activity.xhtml?account=}: what an account is and has done, for administrators, who block
 * it (with a reason its owner is told) or lift the block here. Reviewers reach the URL (the back office is theirs too)
 * and are refused.
 */
@Named
@ViewScoped
public class AccountActivityPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ModerationService moderation;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient ReaderLanguage reader;

    @Inject
    private transient Messages messages;

    private String account;
    private long accountId;
    private AccountActivity activity;
    private String reason;

    /** View action: administrators only; an unknown account answers 404. */
    public void load() throws IOException {
        if (!currentUser.isAdministrator()) {
            Faces.responseSendError(403, "administrators only");
            return;
        }
        if (account == null || !account.matches("[0-9]{1,18}")) {
            Faces.responseSendError(404, "no such account");
            return;
        }
        accountId = Long.parseLong(account);
        try {
            activity = moderation.activity(currentUser.getId(), accountId, reader.getLanguage());
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "no such account");
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    public void block() throws IOException {
        if (reason == null || reason.isBlank()) {
            messages.errorFor("block:reason", "moderation.error.reasonRequired");
            return;
        }
        if (reason.strip().length() > Account.BLOCK_REASON_MAX) {
            messages.errorFor("block:reason", "moderation.error.reasonTooLong", Account.BLOCK_REASON_MAX);
            return;
        }
        try {
            List<Long> held = moderation.block(currentUser.getId(), accountId, reason.strip());
            messages.info("moderation.blocked", held.size());
        } catch (RuntimeException e) {
            messages.failure(e);
            return;
        }
        reason = null;
        reload();
    }

    public void unblock() throws IOException {
        try {
            moderation.unblock(currentUser.getId(), accountId);
            messages.info("moderation.unblocked");
        } catch (RuntimeException e) {
            messages.failure(e);
            return;
        }
        reload();
    }

    private void reload() throws IOException {
        messages.keepForRedirect();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/admin/account-activity?account=" + accountId);
    }

    /** Whether the account may be blocked here: not the reader's own, not deleted, not blocked already. */
    public boolean isBlockable() {
        return activity != null && !activity.isDeleted() && !activity.isBlocked()
                && activity.id() != currentUser.getId();
    }

    public AccountActivity getActivity() {
        return activity;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
