package org.bepart.web.submission;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.bepart.contact.ContactConsent;
import org.bepart.contact.ContactSide;
import org.bepart.initiative.Format;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.ParticipationLevel;
import org.bepart.initiative.Stage;
import org.bepart.language.Language;
import org.bepart.media.AttachmentView;
import org.bepart.media.MediaService;
import org.bepart.media.MediaTooLargeException;
import org.bepart.organisation.OrganisationSummary;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.BusinessException;
import org.bepart.shared.NotFoundException;
import org.bepart.submission.Basics;
import org.bepart.submission.Draft;
import org.bepart.submission.LinkRow;
import org.bepart.submission.Place;
import org.bepart.submission.Process;
import org.bepart.submission.Results;
import org.bepart.submission.SubmissionService;
import org.bepart.submission.SubmissionWizard;
import org.bepart.taxonomy.TermKind;
import org.bepart.taxonomy.TermView;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * /account/initiatives/edit?id=N&amp;step=K: the submission form, one step per view. Each step binds to its own form
 * object, saves a draft with the version read, and keeps what was typed when something is refused.
 */
@Named
@ViewScoped
public class SubmissionPage implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int STEPS = SubmissionService.STEPS;
    private static final String FORM = "wizard:";

    @EJB
    private transient SubmissionWizard wizard;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    @Inject
    private transient ReaderLanguage reader;

    private String id;
    private String stepParameter;
    private int step;
    private Draft draft;
    private int version;
    private Long organisationId;
    private List<OrganisationSummary> myOrganisations;
    private Basics basics;
    private Place place;
    private Process process;
    private Results results;
    private List<LinkRow> links;
    private List<AttachmentView> attachments;
    private transient Part upload;
    private String caption;
    private String partnerName;
    private String partnerEmail;
    private Map<TermKind, List<TermView>> terms;
    private List<ContactConsent> consents;

    /** View action: loads the draft (or prepares a new one) and the step asked for. */
    public void load() throws IOException {
        step = stepParameter != null && stepParameter.matches("[1-6]") ? Integer.parseInt(stepParameter) : 0;
        if (id == null || id.isEmpty()) {
            myOrganisations = wizard.organisations(currentUser.getId());
            if (myOrganisations.isEmpty()) {
                messages.info("submission.organisationFirst");
                messages.keepForRedirect();
                Faces.redirect(Faces.getRequestContextPath() + "/account/organisations?next=initiative");
                return;
            }
            organisationId = myOrganisations.get(0).id();
            step = 1;
            basics = new Basics();
            basics.setOriginalLanguage(reader.getLanguage());
            return;
        }
        if (!id.matches("[0-9]{1,18}")) {
            Faces.responseSendError(404, "no such initiative");
            return;
        }
        try {
            draft = wizard.draft(currentUser.getId(), Long.parseLong(id));
        } catch (RuntimeException e) {
            if (Messages.isRefusal(e, AccessDeniedException.class, NotFoundException.class)) {
                Faces.responseSendError(404, "no such initiative");
                return;
            }
            throw e;
        }
        if (step == 0) {
            step = Math.max(1, Math.min(STEPS, draft.wizardStep()));
        }
        version = draft.version();
        basics = draft.basics();
        place = draft.place();
        process = draft.process();
        results = draft.results();
        links = new ArrayList<>(draft.links());
        if (links.isEmpty()) {
            links.add(new LinkRow());
        }
        attachments = draft.attachments();
        terms = wizard.terms(reader.getLanguage(), draft);
        if (step == STEPS) {
            consents = wizard.consents(currentUser.getId(), draft.id());
        }
    }

    // --- saving ---

    public void saveDraft() throws IOException {
        if (save()) {
            messages.info("submission.saved");
            messages.keepForRedirect();
            redirect(step);
        }
    }

    public void saveAndContinue() throws IOException {
        if (save()) {
            redirect(Math.min(STEPS, step + 1));
        }
    }

    /** Saves this step; false (with messages) when it is refused. */
    private boolean save() {
        if (!valid()) {
            return false;
        }
        try {
            SubmissionService.Saved saved = switch (step) {
                case 1 -> draft == null ? wizard.create(currentUser.getId(), organisationId, basics)
                        : wizard.saveBasics(currentUser.getId(), draft.id(), version, basics);
                case 2 -> wizard.savePlace(currentUser.getId(), draft.id(), version, place);
                case 3 -> wizard.saveProcess(currentUser.getId(), draft.id(), version, process);
                case 4 -> wizard.saveResults(currentUser.getId(), draft.id(), version, results);
                case 5 -> wizard.saveLinks(currentUser.getId(), draft.id(), version, links);
                default -> wizard.reachReview(currentUser.getId(), draft.id(), version);
            };
            id = String.valueOf(saved.id());
            version = saved.version();
            return true;
        } catch (RuntimeException e) {
            messages.failure(e);
            return false;
        }
    }

    /** Rules across fields that the inputs cannot check alone. */
    private boolean valid() {
        boolean valid = true;
        if (step == 2 && (place.getLatitude() == null) != (place.getLongitude() == null)) {
            messages.errorFor(FORM + (place.getLatitude() == null ? "latitude" : "longitude"),
                    "submission.pointIncomplete");
            valid = false;
        }
        if (step == 3) {
            if (process.isOngoing() && process.getEndDate() != null) {
                messages.errorFor(FORM + "endDate", "submission.ongoingWithEnd");
                valid = false;
            } else if (process.getStartDate() != null && process.getEndDate() != null
                    && process.getEndDate().isBefore(process.getStartDate())) {
                messages.errorFor(FORM + "endDate", "submission.endBeforeStart");
                valid = false;
            }
        }
        if (!valid) {
            messages.error("error.incomplete");
        }
        return valid;
    }

    private void redirect(int target) throws IOException {
        Faces.redirect(Faces.getRequestContextPath() + "/account/initiatives/edit?id=" + id + "&step=" + target);
    }

    // --- step 5: files and links ---

    public void addLink() {
        if (links.size() < org.bepart.initiative.Initiative.LINKS_MAX) {
            links.add(new LinkRow());
        }
    }

    public void removeLink(int index) {
        if (index >= 0 && index < links.size()) {
            links.remove(index);
        }
        if (links.isEmpty()) {
            links.add(new LinkRow());
        }
    }

    /** Adds the chosen file: an image or a PDF, whatever its name says. */
    public void uploadFile() {
        String field = FORM + "file";
        if (upload == null || upload.getSize() == 0) {
            messages.errorFor(field, "media.chooseFile");
            return;
        }
        MediaService.Limits limits = MediaService.limits();
        if (upload.getSize() > limits.anyBytes()) {
            messages.errorFor(field, "media.rejected.documentTooLarge", megabytes(limits.documentBytes()));
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.anyBytes() + 1));
            AttachmentView added = wizard.addFile(currentUser.getId(), draft.id(), fileName(upload), bytes, caption);
            attachments = wizard.files(currentUser.getId(), draft.id());
            caption = null;
            messages.info("media.added", added.fileName());
        } catch (IOException e) {
            messages.errorFor(field, "media.rejected.unreadable");
        } catch (MediaTooLargeException e) {
            messages.errorFor(field, e.getMessageKey(), megabytes(e.getMaxBytes()));
        } catch (BusinessException e) {
            messages.errorFor(field, e.getMessageKey());
        } catch (RuntimeException e) {
            // invalid input, a conflict or an outage is shown at the field, anything unexpected as a failure
            String key = Messages.keyOf(e);
            if (key.equals("error.500.text")) {
                messages.failure(e);
            } else {
                messages.errorFor(field, key);
            }
        } finally {
            upload = null;
        }
    }

    public void removeFile(long attachmentId) {
        try {
            wizard.removeFile(currentUser.getId(), attachmentId);
            attachments = wizard.files(currentUser.getId(), draft.id());
            messages.info("media.removed");
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    private static String fileName(Part part) {
        String name = part.getSubmittedFileName();
        return name == null || name.isBlank() ? "file" : name;
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    // --- step 6: partner and submission ---

    public void invite() throws IOException {
        try {
            wizard.invitePartner(currentUser.getId(), draft.id(), partnerName, partnerEmail);
            messages.info("partner.invited", partnerName, partnerEmail);
            messages.keepForRedirect();
            redirect(6);
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    /** Shows or hides a contact's address on the public page (only the contact may agree to show it). */
    public void showEmail(ContactSide side, boolean shown) throws IOException {
        try {
            version = wizard.showEmail(currentUser.getId(), draft.id(), version, side, shown);
            messages.info(shown ? "consent.shown" : "consent.hidden");
            messages.keepForRedirect();
            redirect(STEPS);
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    public void submit() throws IOException {
        try {
            InitiativeStatus status = wizard.submit(currentUser.getId(), draft.id(), version);
            messages.info(status == InitiativeStatus.UNDER_REVIEW ? "submission.submittedToReview"
                    : "submission.submitted");
            messages.keepForRedirect();
            Faces.redirect(Faces.getRequestContextPath() + "/account/initiatives");
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    // --- what the page shows ---

    /** The contacts of the initiative and whether each shows its address (step 6). */
    public List<ContactConsent> getConsents() {
        return consents;
    }

    public boolean isNew() {
        return draft == null;
    }

    public List<Integer> getSteps() {
        return List.of(1, 2, 3, 4, 5, 6);
    }

    /** Whether the step can be opened from the list of steps: the draft exists. */
    public boolean reachable(int target) {
        return draft != null || target == 1;
    }

    public String stepUrl(int target) {
        return Faces.getRequestContextPath() + "/account/initiatives/edit?id=" + id + "&step=" + target;
    }

    public List<TermView> terms(String kind) {
        return terms == null ? List.of() : terms.get(TermKind.valueOf(kind));
    }

    /** Names of the terms of these codes, for the review. */
    public String termNames(String kind, List<String> codes) {
        return terms(kind).stream().filter(t -> codes.contains(t.code())).map(TermView::name)
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    public Stage[] getStageValues() {
        return Stage.values();
    }

    public ParticipationLevel[] getParticipationValues() {
        return ParticipationLevel.values();
    }

    public GovernmentLevel[] getGovernmentLevels() {
        return GovernmentLevel.values();
    }

    public Format[] getFormats() {
        return Format.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    /** A date in the reader's language; empty when there is none. */
    public String day(java.time.LocalDate date) {
        return date == null ? "" : reader.date(date);
    }

    public String stageNames(List<String> codes) {
        return codes.stream().map(c -> Stage.fromCode(c).map(reader::label).orElse(c))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    public String participationNames(List<String> codes) {
        return codes.stream().map(c -> ParticipationLevel.fromCode(c).map(reader::label).orElse(c))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    // --- bound values ---

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getStepParameter() {
        return stepParameter;
    }

    public void setStepParameter(String stepParameter) {
        this.stepParameter = stepParameter;
    }

    public int getStep() {
        return step;
    }

    public Draft getDraft() {
        return draft;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public List<OrganisationSummary> getMyOrganisations() {
        return myOrganisations;
    }

    public Basics getBasics() {
        return basics;
    }

    public Place getPlace() {
        return place;
    }

    public Process getProcess() {
        return process;
    }

    public Results getResults() {
        return results;
    }

    public List<LinkRow> getLinks() {
        return links;
    }

    public List<AttachmentView> getAttachments() {
        return attachments;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getCaption() {
        return caption;
    }

    public void setCaption(String caption) {
        this.caption = caption;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public void setPartnerName(String partnerName) {
        this.partnerName = partnerName;
    }

    public String getPartnerEmail() {
        return partnerEmail;
    }

    public void setPartnerEmail(String partnerEmail) {
        this.partnerEmail = partnerEmail;
    }
}
