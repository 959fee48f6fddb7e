package org.bepart.submission;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.validation.constraints.NotNull;
import org.bepart.contact.ContactConsent;
import org.bepart.contact.ContactService;
import org.bepart.contact.ContactSide;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeLifecycle;
import org.bepart.media.AttachmentView;
import org.bepart.media.MediaService;
import org.bepart.organisation.OrganisationService;
import org.bepart.organisation.OrganisationSummary;
import org.bepart.partner.PartnerService;
import org.bepart.taxonomy.TaxonomyService;
import org.bepart.taxonomy.TermKind;
import org.bepart.taxonomy.TermView;

import java.util.List;
import java.util.Map;

/**
 * Everything the six-step submission form does, in one bean: the steps saved as drafts, files, the partner's
 * invitation, the contacts' consent and the submission itself. It only hands each call to the service whose rules
 * apply, so the rules and their refusals (typed {@code BusinessException}s) are those of that service.
 */
@Stateless
public class SubmissionWizard {

    @EJB
    private SubmissionService submissions;

    @EJB
    private MediaService media;

    @EJB
    private PartnerService partners;

    @EJB
    private OrganisationService organisations;

    @EJB
    private TaxonomyService taxonomy;

    @EJB
    private ContactService contacts;

    @EJB
    private InitiativeLifecycle lifecycle;

    // --- steps 1 to 6 ---

    /** The organisations the actor may submit for. */
    public List<OrganisationSummary> organisations(@NotNull Long actorId) {
        return organisations.mine(actorId);
    }

    public Draft draft(@NotNull Long actorId, long id) {
        return submissions.draft(actorId, id);
    }

    public SubmissionService.Saved create(@NotNull Long actorId, long organisationId, @NotNull Basics basics) {
        return submissions.create(actorId, organisationId, basics);
    }

    public SubmissionService.Saved saveBasics(@NotNull Long actorId, long id, int version, @NotNull Basics basics) {
        return submissions.saveBasics(actorId, id, version, basics);
    }

    public SubmissionService.Saved savePlace(@NotNull Long actorId, long id, int version, @NotNull Place place) {
        return submissions.savePlace(actorId, id, version, place);
    }

    public SubmissionService.Saved saveProcess(@NotNull Long actorId, long id, int version,
                                               @NotNull Process process) {
        return submissions.saveProcess(actorId, id, version, process);
    }

    public SubmissionService.Saved saveResults(@NotNull Long actorId, long id, int version,
                                               @NotNull Results results) {
        return submissions.saveResults(actorId, id, version, results);
    }

    public SubmissionService.Saved saveLinks(@NotNull Long actorId, long id, int version,
                                             @NotNull List<LinkRow> links) {
        return submissions.saveLinks(actorId, id, version, links);
    }

    public SubmissionService.Saved reachReview(@NotNull Long actorId, long id, int version) {
        return submissions.reachReview(actorId, id, version);
    }

    /**
     * Themes and the other terms to choose from, by name in {@code language}: those not retired, and the retired
     * ones the draft has already.
     */
    public Map<TermKind, List<TermView>> terms(@NotNull Language language, @NotNull Draft draft) {
        return taxonomy.offered(language, Map.of(TermKind.THEME, draft.process().getThemes(),
                TermKind.TOOL, draft.process().getTools(), TermKind.TARGET_GROUP, draft.place().getTargetGroups()));
    }

    // --- step 5: files ---

    /** Refused with {@code MediaTooLargeException} or another {@code MediaRejectedException}. */
    public AttachmentView addFile(@NotNull Long actorId, long initiativeId, @NotNull String fileName,
                                  @NotNull byte[] bytes, String caption) {
        return media.add(actorId, initiativeId, fileName, bytes, caption);
    }

    public void removeFile(@NotNull Long actorId, long attachmentId) {
        media.remove(actorId, attachmentId);
    }

    public List<AttachmentView> files(@NotNull Long actorId, long initiativeId) {
        return media.list(actorId, initiativeId);
    }

    // --- step 6: partner, contacts, submission ---

    public long invitePartner(@NotNull Long actorId, long initiativeId, String organisationName, String email) {
        return partners.invite(actorId, initiativeId, organisationName, email);
    }

    public List<ContactConsent> consents(@NotNull Long actorId, long initiativeId) {
        return contacts.consents(actorId, initiativeId);
    }

    public int showEmail(@NotNull Long actorId, long initiativeId, int version, @NotNull ContactSide side,
                         boolean shown) {
        return contacts.showEmail(actorId, initiativeId, version, side, shown);
    }

    public InitiativeStatus submit(@NotNull Long actorId, long initiativeId, int expectedVersion) {
        return lifecycle.submit(actorId, initiativeId, expectedVersion);
    }
}
