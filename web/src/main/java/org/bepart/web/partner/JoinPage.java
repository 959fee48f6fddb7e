package org.bepart.web.partner;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.organisation.OrganisationForm;
import org.bepart.organisation.OrganisationService;
import org.bepart.partner.Invitation;
import org.bepart.partner.PartnerService;
import org.bepart.partner.PerspectiveForm;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;

/**
 * /account/partner?token=: the invited organisation joins the initiative. The page is protected, so a visitor signs
 * in (or registers) first and comes back to the link.
 */
@Named
@ViewScoped
public class JoinPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The choice "a new organisation" in the list of organisations. */
    static final long NEW_ORGANISATION = 0L;

    @EJB
    private transient PartnerService partners;

    @EJB
    private transient OrganisationService organisations;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    @Inject
    private transient ReaderLanguage reader;

    private String token;
    private Invitation invitation;
    private Long organisationId;
    private final OrganisationForm newOrganisation = new OrganisationForm();
    private final PerspectiveForm perspective = new PerspectiveForm();
    /** The joining contact agrees to show its address on the public page (unticked unless chosen). */
    private boolean showEmail;

    public void load() {
        invitation = token == null ? null
                : partners.invitation(currentUser.getId(), token, reader.getLanguage()).orElse(null);
        if (invitation != null) {
            organisationId = invitation.myOrganisations().isEmpty() ? NEW_ORGANISATION
                    : invitation.myOrganisations().get(0).id();
            if (newOrganisation.getName() == null) {
                newOrganisation.setName(invitation.organisationName());
            }
        }
    }

    public void join() throws IOException {
        if (isCreatingOrganisation() && !newOrganisationFits()) {
            return;
        }
        try {
            long organisation = isCreatingOrganisation()
                    ? organisations.create(currentUser.getId(), newOrganisation) : organisationId;
            partners.join(currentUser.getId(), token, organisation, perspective, showEmail);
            messages.info("partner.joined", invitation.initiativeTitle());
            messages.keepForRedirect();
            Faces.redirect(Faces.getRequestContextPath() + "/account/initiatives");
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    /** The inline organisation is complete and stands on the other side of the owner. */
    private boolean newOrganisationFits() {
        if (newOrganisation.getName() == null || newOrganisation.getKind() == null
                || newOrganisation.getCountry() == null) {
            messages.errorFor("join:organisationName", "partner.newOrganisationIncomplete");
            return false;
        }
        if (invitation.ownerSector() != null
                && !invitation.ownerSector().canPartnerWith(newOrganisation.getKind().sector())) {
            messages.errorFor("join:organisationKind", "error.partnerSide");
            return false;
        }
        return true;
    }

    public boolean isCreatingOrganisation() {
        return organisationId == null || organisationId == NEW_ORGANISATION;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Invitation getInvitation() {
        return invitation;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public long getNewOrganisationChoice() {
        return NEW_ORGANISATION;
    }

    public OrganisationForm getNewOrganisation() {
        return newOrganisation;
    }

    public boolean isShowEmail() {
        return showEmail;
    }

    public void setShowEmail(boolean showEmail) {
        this.showEmail = showEmail;
    }

    /** The address that would be shown: the signed-in contact's. */
    public String getEmail() {
        return currentUser.getEmail();
    }

    public PerspectiveForm getPerspective() {
        return perspective;
    }
}
