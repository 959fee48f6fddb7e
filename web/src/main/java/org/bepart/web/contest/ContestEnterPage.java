package org.bepart.web.contest;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.bepart.abuse.LimitedAction;
import org.bepart.contest.ContestDetail;
import org.bepart.contest.ContestService;
import org.bepart.contest.EntryCategory;
import org.bepart.contest.EntryForm;
import org.bepart.contest.EntryService;
import org.bepart.contest.InvalidEntryException;
import org.bepart.contest.Upload;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.FormGuard;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code contest-enter.xhtml} at {@code /contests/{id}/enter}: the entry form of an open contest, for anybody
 * (no account). On a refusal the form keeps what was typed (files must be chosen again); once sent it says that the
 * entry awaits moderation.
 */
@Named
@ViewScoped
public class ContestEnterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ContestService contests;

    @EJB
    private EntryService entries;

    @Inject
    private ReaderLanguage reader;

    @Inject
    private Messages messages;

    @Inject
    private FormGuard guard;

    private String id;
    private ContestDetail contest;
    private EntryForm form = new EntryForm();
    private transient Part image;
    private transient Part video;
    private boolean sent;

    public void load() throws IOException {
        if (contest == null) {
            contest = ContestPages.find(contests, id, reader);
            if (contest != null && contest.card().categories().size() == 1) {
                form.setCategory(contest.card().categories().get(0));
            }
        }
    }

    /** Sends the entry: the honeypot and rate limits first, then the service (files are read from the upload). */
    public void send() {
        try {
            if (!guard.admit(LimitedAction.CONTEST_ENTRY, form.getEmail())) {
                refresh();
                return;
            }
            Upload imageUpload = upload(image, contest.maxImageBytes(), "contest.error.imageTooLarge");
            Upload videoUpload = upload(video, contest.maxVideoBytes(), "contest.error.videoTooLarge");
            entries.submit(contest.card().id(), form, imageUpload, videoUpload, guard.client());
            sent = true;
            messages.info("contest.enter.sent");
        } catch (RuntimeException e) {
            messages.failure(e);
            refresh();
        } finally {
            image = null;
            video = null;
        }
    }

    /** After a refusal: the contest as it is now (it may have closed meanwhile). */
    private void refresh() {
        contests.find(contest.card().id(), reader.getLanguage()).ifPresent(c -> contest = c);
    }

    /** The uploaded file as the service reads it, from the server's disk; never read whole here. */
    private static Upload upload(Part part, long max, String tooLargeKey) {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        if (part.getSize() > max) {
            throw new InvalidEntryException(tooLargeKey, part.getSize() + " bytes");
        }
        return new Upload(part.getSubmittedFileName(), part.getSize(), part::getInputStream);
    }

    public List<EntryCategory> getCategories() {
        return contest.card().categories();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ContestDetail getContest() {
        return contest;
    }

    public EntryForm getForm() {
        return form;
    }

    public Part getImage() {
        return image;
    }

    public void setImage(Part image) {
        this.image = image;
    }

    public Part getVideo() {
        return video;
    }

    public void setVideo(Part video) {
        this.video = video;
    }

    public boolean isSent() {
        return sent;
    }
}
