package org.bepart.web.organisation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.organisation.OrganisationForm;
import org.bepart.organisation.OrganisationService;
import org.bepart.organisation.OrganisationSummary;
import org.bepart.web.faces.Messages;
import org.bepart.web.security.CurrentUser;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** /account/organisations: the organisations I belong to, and a form to create one (I become its first member). */
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
    private final OrganisationForm form = new OrganisationForm();
    /** Where to go back after creating one (the submission form sends people here first). */
    private String next;

    public void load() {
        mine = organisations.mine(currentUser.getId());
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
