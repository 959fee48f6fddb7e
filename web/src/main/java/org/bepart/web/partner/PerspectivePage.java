package org.bepart.web.partner;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.partner.PartnerService;
import org.bepart.partner.PartnerView;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.NotFoundException;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;

/** /account/initiatives/perspective?id=: the partner changes its perspective while the initiative is editable. */
@Named
@ViewScoped
public class PerspectivePage implements Serializable {

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
    private PartnerView view;
    private int version;

    public void load() throws IOException {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            Faces.responseSendError(404, "no such initiative");
            return;
        }
        try {
            view = partners.partnerView(currentUser.getId(), Long.parseLong(id), reader.getLanguage());
            version = view.version();
        } catch (RuntimeException e) {
            if (Messages.isRefusal(e, AccessDeniedException.class, NotFoundException.class)) {
                Faces.responseSendError(404, "no such initiative");
                return;
            }
            throw e;
        }
    }

    public void save() throws IOException {
        try {
            version = partners.describePartnerView(currentUser.getId(), view.initiativeId(), version,
                    view.perspective());
            messages.info("partner.perspectiveSaved");
            messages.keepForRedirect();
            Faces.redirect(Faces.getRequestContextPath() + "/account/initiatives");
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

    public PartnerView getView() {
        return view;
    }
}
