package org.bepart.web.partner;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.partner.PartnerOverview;
import org.bepart.partner.PartnerService;
import org.bepart.shared.NotFoundException;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;

/** /admin/partner?id=: administrators see the partner side, invite anew or remove the partner. */
@Named
@ViewScoped
public class PartnerAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient PartnerService partners;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    @Inject
    private transient ReaderLanguage reader;

    private String id;
    private PartnerOverview overview;
    private String organisationName;
    private String email;

    public void load() throws IOException {
        if (!currentUser.isAdministrator()) {
            Faces.responseSendError(403, "administrators only");
            return;
        }
        if (id == null || !id.matches("[0-9]{1,18}")) {
            Faces.responseSendError(404, "no such initiative");
            return;
        }
        try {
            overview = partners.overview(currentUser.getId(), Long.parseLong(id), reader.getLanguage());
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "no such initiative");
        }
    }

    public void invite() throws IOException {
        try {
            partners.invite(currentUser.getId(), overview.initiativeId(), organisationName, email);
            messages.info("partner.invited", organisationName, email);
            again();
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    public void remove() throws IOException {
        try {
            partners.removePartner(currentUser.getId(), overview.initiativeId(), overview.version());
            messages.info("partner.removed");
            again();
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    private void again() throws IOException {
        messages.keepForRedirect();
        Faces.redirect(Faces.getRequestContextPath() + "/admin/partner?id=" + overview.initiativeId());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PartnerOverview getOverview() {
        return overview;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
