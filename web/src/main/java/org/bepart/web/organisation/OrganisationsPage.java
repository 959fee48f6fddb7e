package org.bepart.web.organisation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.organisation.InvitationToJoin;
import org.bepart.organisation.OrganisationForm;
import org.bepart.organisation.OrganisationService;
import org.bepart.organisation.OrganisationSummary;
import org.bepart.web.faces.Messages;
import org.bepart.web.security.CurrentUser;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * /account/organisations: the organisations I belong to, the invitations to join others (accept or decline), and a
 * form to create one (I become its first member).
 */
@Named
@ViewScoped
public class OrganisationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient OrganisationService organisations;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    private List<OrganisationSummary> mine;
    private List<InvitationToJoin> invitations;
    private final OrganisationForm form = new OrganisationForm();
    /** Where to go back after creating one (the submission form sends people here first). */
    private String next;

    public void load() {
        mine = organisations.mine(currentUser.getId());
        invitations = organisations.myInvitations(currentUser.getId());
    }

    public void accept(long invitationId) throws IOException {
        InvitationToJoin invitation = find(invitationId);
        try {
            organisations.acceptInvitation(currentUser.getId(), invitationId);
            messages.info("membership.accepted", invitation == null ? "" : invitation.organisationName());
            messages.keepForRedirect();
            Faces.redirect(Faces.getRequestContextPath() + "/account/organisations");
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    public void decline(long invitationId) throws IOException {
        try {
            organisations.declineInvitation(currentUser.getId(), invitationId);
            messages.info("membership.declined");
            messages.keepForRedirect();
            Faces.redirect(Faces.getRequestContextPath() + "/account/organisations");
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    private InvitationToJoin find(long invitationId) {
        return invitations == null ? null
                : invitations.stream().filter(i -> i.id() == invitationId).findFirst().orElse(null);
    }

    public void create() throws IOException {
        try {
            long id = organisations.create(currentUser.getId(), form);
            messages.info("organisation.created", form.getName());
            messages.keepForRedirect();
            Faces.redirect(Faces.getRequestContextPath() + ("initiative".equals(next)
                    ? "/account/initiatives/edit" : "/account/organisations/edit?id=" + id));
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    public void leave(long organisationId) throws IOException {
        try {
            organisations.leave(currentUser.getId(), organisationId);
            messages.info("organisation.left");
            messages.keepForRedirect();
            Faces.redirect(Faces.getRequestContextPath() + "/account/organisations");
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    public List<OrganisationSummary> getMine() {
        return mine;
    }

    public List<InvitationToJoin> getInvitations() {
        return invitations;
    }

    public OrganisationForm getForm() {
        return form;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
