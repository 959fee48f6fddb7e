package org.bepart.web.news;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.bepart.language.Language;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditRow;
import org.bepart.audit.AuditTrail;
import org.bepart.news.NewsEditorService;
import org.bepart.news.ImageRef;
import org.bepart.news.NewsCategory;
import org.bepart.news.NewsDetail;
import org.bepart.news.NewsForm;
import org.bepart.news.NewsStatus;
import org.bepart.news.TextForm;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * Backs {@code admin/news/edit.xhtml}: writing a news item in one or more languages (one language at a time, the
 * others kept in the form), its cover image, tags and call to action; preview; publish, schedule, unpublish, pin.
 * Publishing and scheduling save what is typed first. On any failure the form keeps everything typed.
 */
@Named
@ViewScoped
public class NewsEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private NewsEditorService editor;

    @EJB
    private AuditTrail trail;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReaderLanguage reader;

    @Inject
    private Messages messages;

    private String id;
    private NewsForm form;
    private Language editing;
    private String scheduleAt;
    private transient Part file;
    private NewsDetail preview;
    private List<ImageRef> images;
    private List<AuditRow> history;

    /** View action: the item of {@code id}, or a blank form in the reader's language. */
    public void load() throws IOException {
        if (id != null && !id.isBlank()) {
            if (!id.matches("[0-9]{1,18}")) {
                Faces.responseSendError(404, "no such news item");
                return;
            }
            try {
                form = editor.load(currentUser.getId(), Long.parseLong(id));
            } catch (RuntimeException e) {
                if ("error.notFound".equals(Messages.keyOf(e))) {
                    Faces.responseSendError(404, "no such news item");
                    return;
                }
                throw e;
            }
        } else {
            form = new NewsForm(reader.getLanguage());
        }
        editing = form.getOriginalLanguage();
        refresh();
    }

    private void refresh() {
        images = editor.images(currentUser.getId());
        history = form.getId() == null ? List.of() : trail.history(currentUser.getId(), AuditEntry.NEWS, form.getId());
    }

    /** Shows another language's fields; what was typed in this one stays in the form. */
    public void edit(Language language) {
        editing = language;
        preview = null;
    }

    public String save() {
        try {
            boolean created = form.getId() == null;
            store();
            messages.info(created ? "news.edit.created" : "news.edit.saved");
            return reopen();
        } catch (RuntimeException | IOException e) {
            fail(e);
            return null;
        }
    }

    public String publish() {
        try {
            int version = store();
            editor.publish(currentUser.getId(), form.getId(), version);
            messages.info("news.edit.published");
            return reopen();
        } catch (RuntimeException | IOException e) {
            fail(e);
            return null;
        }
    }

    public String schedule() {
        LocalDateTime at;
        try {
            at = scheduleAt == null || scheduleAt.isBlank() ? null : LocalDateTime.parse(scheduleAt.strip());
        } catch (DateTimeParseException e) {
            at = null;
        }
        if (at == null) {
            messages.errorFor("news:scheduleAt", "news.error.scheduleMissing");
            return null;
        }
        try {
            int version = store();
            editor.schedule(currentUser.getId(), form.getId(), version, at);
            messages.info("news.edit.scheduled", newsTime(at));
            return reopen();
        } catch (RuntimeException | IOException e) {
            fail(e);
            return null;
        }
    }

    public String unpublish() {
        try {
            editor.unpublish(currentUser.getId(), form.getId(), form.getVersion());
            messages.info("news.edit.unpublished");
            return reopen();
        } catch (RuntimeException e) {
            fail(e);
            return null;
        }
    }

    public String pin(boolean pinned) {
        try {
            editor.pin(currentUser.getId(), form.getId(), form.getVersion(), pinned);
            messages.info(pinned ? "news.edit.pinnedDone" : "news.edit.unpinnedDone");
            return reopen();
        } catch (RuntimeException e) {
            fail(e);
            return null;
        }
    }

    /** Renders the item below the form as readers would see it in the language being edited; saves nothing. */
    public void preview() {
        try {
            uploadIfChosen();
            preview = editor.preview(currentUser.getId(), form, editing);
        } catch (RuntimeException | IOException e) {
            preview = null;
            fail(e);
        }
    }

    /** Uploads the chosen file into the library and makes it the cover; the rest of the form is kept, not saved. */
    public void upload() {
        try {
            if (!uploadIfChosen()) {
                messages.errorFor("news:file", "news.error.noFile");
                return;
            }
            messages.info("news.edit.coverUploaded");
        } catch (RuntimeException | IOException e) {
            fail(e);
        }
    }

    /** Saves the form (creating the item when new) after uploading a chosen cover; returns the item's version. */
    private int store() throws IOException {
        uploadIfChosen();
        if (form.getId() == null) {
            long newId = editor.create(currentUser.getId(), form);
            form.setId(newId);
            int version = editor.load(currentUser.getId(), newId).getVersion();
            form.setVersion(version);
            return version;
        }
        int version = editor.save(currentUser.getId(), form);
        form.setVersion(version);
        return version;
    }

    private boolean uploadIfChosen() throws IOException {
        ImageRef image = NewsUploads.store(editor, currentUser.getId(), file);
        file = null;
        if (image == null) {
            return false;
        }
        form.setCoverImageId(image.id());
        images = editor.images(currentUser.getId());
        return true;
    }

    private void fail(Exception e) {
        messages.failure(e instanceof IOException io ? new IllegalStateException(io) : e);
        if (form.getId() != null) {
            history = trail.history(currentUser.getId(), AuditEntry.NEWS, form.getId());
        }
    }

    /** The edit page of the saved item afresh (its new version, the sanitised body), keeping the message. */
    private String reopen() {
        messages.keepForRedirect();
        return "/admin/news/edit?faces-redirect=true&id=" + form.getId();
    }

    private static String newsTime(LocalDateTime at) {
        return at.toLocalDate() + " " + at.toLocalTime().withSecond(0).withNano(0);
    }

    // --- for the page ---

    public TextForm getText() {
        return form.text(editing);
    }

    public List<Language> getLanguages() {
        return Arrays.asList(Language.values());
    }

    public List<NewsCategory> getCategories() {
        return Arrays.asList(NewsCategory.values());
    }

    /** Whether a language has any text typed in. */
    public boolean written(Language language) {
        return !form.text(language).isEmpty();
    }

    public boolean isNew() {
        return form.getId() == null;
    }

    /** Published now (a scheduled item whose time has come included). */
    public boolean isPublished() {
        return form.getStatus() == NewsStatus.PUBLISHED;
    }

    public boolean isScheduled() {
        return form.getStatus() == NewsStatus.SCHEDULED;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public NewsForm getForm() {
        return form;
    }

    public Language getEditing() {
        return editing;
    }

    public String getScheduleAt() {
        return scheduleAt;
    }

    public void setScheduleAt(String scheduleAt) {
        this.scheduleAt = scheduleAt;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public NewsDetail getPreview() {
        return preview;
    }

    public List<ImageRef> getImages() {
        return images;
    }

    public List<AuditRow> getHistory() {
        return history;
    }
}
