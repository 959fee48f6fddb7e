package org.bepart.web.news;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditRow;
import org.bepart.audit.AuditTrail;
import org.bepart.language.Language;
import org.bepart.news.ImageRef;
import org.bepart.news.NewsCategory;
import org.bepart.news.NewsDetail;
import org.bepart.news.NewsEditorService;
import org.bepart.news.NewsForm;
import org.bepart.news.NewsStatus;
import org.bepart.news.TextForm;
import org.bepart.web.editorial.EditPage;

import java.io.IOException;
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
public class NewsEditPage extends EditPage<NewsForm, TextForm, NewsDetail> {

    private static final long serialVersionUID = 1L;

    @EJB
    private NewsEditorService editor;

    @EJB
    private AuditTrail trail;

    private String scheduleAt;
    private transient Part file;
    private List<ImageRef> images;
    private List<AuditRow> history;

    public NewsEditPage() {
        super("news item", "news.edit", "/admin/news/edit");
    }

    @Override
    protected NewsEditorService editor() {
        return editor;
    }

    @Override
    protected NewsForm load(long id) {
        return editor.load(currentUser.getId(), id);
    }

    @Override
    protected NewsForm blank(Language language) {
        return new NewsForm(language);
    }

    @Override
    protected void loaded() {
        images = editor.images(currentUser.getId());
        history = form.getId() == null ? List.of() : trail.history(currentUser.getId(), AuditEntry.NEWS, form.getId());
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
            prepare();
            int version = store();
            editor.schedule(currentUser.getId(), form.getId(), version, at);
            messages.info("news.edit.scheduled", newsTime(at));
            return reopen();
        } catch (RuntimeException | IOException e) {
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

    /** A chosen cover is uploaded before the form is stored. */
    @Override
    protected boolean prepare() throws IOException {
        uploadIfChosen();
        return true;
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

    /** Shows the refusal and the history afresh. */
    @Override
    protected void fail(Exception e) {
        messages.failure(e instanceof IOException io ? new IllegalStateException(io) : e);
        if (form.getId() != null) {
            history = trail.history(currentUser.getId(), AuditEntry.NEWS, form.getId());
        }
    }

    private static String newsTime(LocalDateTime at) {
        return at.toLocalDate() + " " + at.toLocalTime().withSecond(0).withNano(0);
    }

    // --- for the page ---

    public List<NewsCategory> getCategories() {
        return Arrays.asList(NewsCategory.values());
    }

    /** Published now (a scheduled item whose time has come included). */
    public boolean isPublished() {
        return form.getStatus() == NewsStatus.PUBLISHED;
    }

    public boolean isScheduled() {
        return form.getStatus() == NewsStatus.SCHEDULED;
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

    public List<ImageRef> getImages() {
        return images;
    }

    public List<AuditRow> getHistory() {
        return history;
    }
}
