package org.bepart.web.demo;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.demo.CaughtMail;
import org.bepart.demo.DemoMailbox;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.NotFoundException;
import org.bepart.web.faces.Messages;
import org.bepart.web.security.CurrentUser;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * /admin/mailbox: the mails the demo caught, the newest first, with their links to follow. Answers 404 where there is
 * no demo mailbox ({@code bepart.demo.mailbox-url} unset) and 403 to reviewers (who pass the /admin/* constraint); the
 * service checks again. A mail catcher that does not answer is a translated message, never an error page.
 */
@Named
@ViewScoped
public class MailboxPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many mails the page shows. */
    static final int MAX = 50;

    @EJB
    private transient DemoMailbox mailbox;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    private List<Mail> mails = List.of();
    private boolean read;

    /** A caught mail as the page shows it: its text as HTML with links ({@link MailText}). */
    public record Mail(String to, String subject, Instant received, String html) implements Serializable {

        static Mail of(CaughtMail mail) {
            return new Mail(mail.to(), mail.subject(), mail.received(), MailText.html(mail.text()));
        }
    }

    /** View action: 404 without a demo mailbox, 403 for anybody but administrators, else the mails. */
    public void load() throws IOException {
        if (!mailbox.enabled()) {
            Faces.responseSendError(404, "no demo mailbox");
            return;
        }
        if (!currentUser.isAdministrator()) {
            Faces.responseSendError(403, "administrators only");
            return;
        }
        refresh();
    }

    /** Reads the mails again. */
    public void refresh() throws IOException {
        try {
            mails = mailbox.recent(currentUser.getId(), MAX).stream().map(Mail::of).toList();
            read = true;
        } catch (RuntimeException e) {
            mails = List.of();
            read = false;
            if (Messages.isRefusal(e, AccessDeniedException.class)) {
                Faces.responseSendError(403, "administrators only");
            } else if (Messages.isRefusal(e, NotFoundException.class)) {
                Faces.responseSendError(404, "no demo mailbox");
            } else {
                messages.failure(e);
            }
        }
    }

    public List<Mail> getMails() {
        return mails;
    }

    /** Whether the mailbox answered (so that an empty list means that no mail was caught). */
    public boolean isRead() {
        return read;
    }

    public int getMax() {
        return MAX;
    }
}
