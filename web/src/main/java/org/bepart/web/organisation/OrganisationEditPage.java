package org.bepart.web.organisation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.organisation.OrganisationEdit;
import org.bepart.organisation.OrganisationForm;
import org.bepart.organisation.OrganisationService;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.NotFoundException;
import org.bepart.web.faces.Messages;
import org.bepart.web.security.CurrentUser;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;

/**
 * /account/organisations/edit?id=: describe an organisation, see its members, invite others (they join by accepting)
 * and withdraw invitations not answered yet.
 */
@Named
@ViewScoped
public class OrganisationEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient OrganisationService organisations;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    private String id;
    private OrganisationEdit organisation;
    private OrganisationForm form;
    private int version;
    private String memberEmail;

    public void load() throws IOException {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            Faces.responseSendError(404, "no such organisation");
            return;
        }
        try {
            organisation = organisations.forEdit(currentUser.getId(), Long.parseLong(id));
            form = organisation.form();
            version = organisation.version();
        } catch (RuntimeException e) {
            if (Messages.isRefusal(e, AccessDeniedException.class, NotFoundException.class)) {
                Faces.responseSendError(404, "no such organisation");
                return;
            }
            throw e;
        }
    }

    public void save() throws IOException {
        try {
            organisations.edit(currentUser.getId(), organisation.id(), version, form);
            messages.info("organisation.saved");
            messages.keepForRedirect();
            Faces.redirect(Faces.getRequestContextPath() + "/account/organisations/edit?id=" + organisation.id());
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    /** Invites the address; the answer is the same whether or not it has an account. */
    public void inviteMember() throws IOException {
        try {
            organisations.inviteMember(currentUser.getId(), organisation.id(), memberEmail);
            messages.info("membership.invited", memberEmail.strip());
            messages.keepForRedirect();
            Faces.redirect(Faces.getRequestContextPath() + "/account/organisations/edit?id=" + organisation.id());
        } catch (RuntimeException e) {
            String key = Messages.keyOf(e);
            if ("error.500.text".equals(key) || "error.unavailable".equals(key)) {
                messages.failure(e);
            } else {
                messages.errorFor("members:email", key);
            }
        }
    }

    public void revokeInvitation(long invitationId) throws IOException {
        try {
            organisations.revokeInvitation(currentUser.getId(), organisation.id(), invitationId);
            messages.info("membership.revoked");
            messages.keepForRedirect();
            Faces.redirect(Faces.getRequestContextPath() + "/account/organisations/edit?id=" + organisation.id());
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public OrganisationEdit getOrganisation() {
        return organisation;
    }

    public OrganisationForm getForm() {
        return form;
    }

    public String getMemberEmail() {
        return memberEmail;
    }

    public void setMemberEmail(String memberEmail) {
        this.memberEmail = memberEmail;
    }
}
