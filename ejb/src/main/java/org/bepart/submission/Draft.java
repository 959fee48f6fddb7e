package org.bepart.submission;

import org.bepart.initiative.InitiativeStatus;
import org.bepart.media.AttachmentView;
import org.bepart.organisation.OrganisationSummary;
import org.bepart.partner.InvitationView;

import java.io.Serializable;
import java.util.List;

/**
 * An initiative as the submission form edits it: one form object per step, the version it was read at, its files,
 * and where the partner stands.
 *
 * @param wizardStep the last step saved (resume there)
 * @param partner    the partner organisation once it joined, else null
 */
public record Draft(long id, int version, InitiativeStatus status, int wizardStep, OrganisationSummary owner,
                    Basics basics, Place place, Process process, Results results, List<LinkRow> links,
                    List<AttachmentView> attachments, OrganisationSummary partner, boolean partnerViewGiven,
                    List<InvitationView> invitations) implements Serializable {

    public boolean isEditableByContributors() {
        return status == InitiativeStatus.DRAFT || status == InitiativeStatus.SUBMITTED
                || status == InitiativeStatus.CHANGES_REQUESTED;
    }

    /** Whether the contributors can (re)submit it: a draft, or sent back with changes requested. */
    public boolean isSubmittable() {
        return status == InitiativeStatus.DRAFT || status == InitiativeStatus.CHANGES_REQUESTED;
    }

    public boolean isPublic() {
        return status.isPublic();
    }

    /** The invitation still open, or null. */
    public InvitationView openInvitation() {
        return invitations.stream().filter(i -> i.state() == org.bepart.partner.InvitationState.OPEN).findFirst().orElse(null);
    }
}
