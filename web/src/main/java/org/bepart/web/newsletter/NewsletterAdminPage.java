package org.bepart.web.newsletter;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.language.Language;
import org.bepart.newsletter.DigestItem;
import org.bepart.newsletter.DigestText;
import org.bepart.newsletter.DigestView;
import org.bepart.newsletter.NewsletterEditorService;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code admin/newsletter.xhtml}: compose a digest (chosen news items, the initiatives validated since the last
 * digest), preview it per language, send it; then watch the background job's progress (polled), also after coming
 * back to the page ({@code ?digest=} or the latest unfinished digest).
 */
@Named
@ViewScoped
public class NewsletterAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private NewsletterEditorService newsletter;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReaderLanguage reader;

    @Inject
    private Messages messages;

    private String digest;
    private List<DigestItem> newsChoices;
    private List<DigestItem> initiatives;
    private final Map<Long, Boolean> chosen = new HashMap<>();
    private Language previewLanguage;
    private DigestText preview;
    private long subscribers;
    private List<DigestView> digests;
    private DigestView progress;

    /** View action. */
    public void load() {
        Long actor = currentUser.getId();
        newsChoices = newsletter.newsChoices(actor, reader.getLanguage());
        initiatives = newsletter.newInitiatives(actor, reader.getLanguage());
        subscribers = newsletter.confirmedSubscribers(actor);
        digests = newsletter.digests(actor);
        previewLanguage = reader.getLanguage();
        if (digest != null && digest.matches("[0-9]{1,18}")) {
            long id = Long.parseLong(digest);
            progress = digests.stream().filter(d -> d.id() == id).findFirst().orElse(null);
        }
        if (progress == null) {
            progress = digests.stream().filter(d -> !d.finished()).findFirst().orElse(null);
        }
    }

    public void preview() {
        try {
            preview = newsletter.preview(currentUser.getId(), chosenIds(), previewLanguage);
        } catch (RuntimeException e) {
            preview = null;
            messages.failure(e);
        }
    }

    public String send() {
        try {
            long id = newsletter.send(currentUser.getId(), chosenIds());
            messages.info("newsletter.admin.started");
            messages.keepForRedirect();
            return "/admin/newsletter?faces-redirect=true&digest=" + id;
        } catch (RuntimeException e) {
            messages.failure(e);
            return null;
        }
    }

    /** Poll listener: the progress of the digest being watched. */
    public void refresh() {
        if (progress != null) {
            progress = newsletter.progress(currentUser.getId(), progress.id());
            if (progress.finished()) {
                digests = newsletter.digests(currentUser.getId());
            }
        }
    }

    private List<Long> chosenIds() {
        return chosen.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey)
                .sorted().toList();
    }

    public List<Language> getLanguages() {
        return Arrays.asList(Language.values());
    }

    public String getDigest() {
        return digest;
    }

    public void setDigest(String digest) {
        this.digest = digest;
    }

    public List<DigestItem> getNewsChoices() {
        return newsChoices;
    }

    public List<DigestItem> getInitiatives() {
        return initiatives;
    }

    public Map<Long, Boolean> getChosen() {
        return chosen;
    }

    public Language getPreviewLanguage() {
        return previewLanguage;
    }

    public void setPreviewLanguage(Language previewLanguage) {
        this.previewLanguage = previewLanguage;
    }

    public DigestText getPreview() {
        return preview;
    }

    public long getSubscribers() {
        return subscribers;
    }

    public List<DigestView> getDigests() {
        return digests;
    }

    public DigestView getProgress() {
        return progress;
    }

    /** Whether the watched digest is done (stops the polling). */
    public boolean isFinished() {
        return progress == null || progress.finished();
    }
}
