package org.bepart.web.demo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.demo.DemoMailbox;
import org.bepart.web.security.CurrentUser;

/** Whether the back office links to the demo mailbox: {@code #{mailboxLink.shown}}, for administrators of a demo. */
@Named
@RequestScoped
public class MailboxLink {

    @EJB
    private DemoMailbox mailbox;

    @Inject
    private CurrentUser currentUser;

    public boolean isShown() {
        return currentUser.isAdministrator() && mailbox.enabled();
    }
}
