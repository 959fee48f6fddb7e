package org.bepart.web.contest;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.contest.ContestEditorService;
import org.bepart.contest.ContestForm;
import org.bepart.contest.ContestStatus;
import org.bepart.contest.ContestTextForm;
import org.bepart.contest.EntryCategory;
import org.bepart.language.Language;
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
 * Backs {@code admin/contests/edit.xhtml}: a contest's texts in one or more languages (one language at a time, the
 * others kept in the form), ages, dates in the institution's time zone, categories and limits; publish, unpublish.
 */
@Named
@ViewScoped
public class ContestEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ContestEditorService editor;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReaderLanguage reader;

    @Inject
    private Messages messages;

    private String id;
    private ContestForm form;
    private Language editing;
    private String opensAt;
    private String closesAt;

    public void load() throws IOException {
        if (form != null) {
            return;
        }
        if (id != null && !id.isBlank()) {
            if (!id.matches("[0-9]{1,18}")) {
                Faces.responseSendError(404, "no such contest");
                return;
            }
            try {
                form = editor.load(currentUser.getId(), Long.parseLong(id));
            } catch (RuntimeException e) {
                if ("error.notFound".equals(Messages.keyOf(e))) {
                    Faces.responseSendError(404, "no such contest");
                    return;
                }
                throw e;
            }
        } else {
            form = new ContestForm(reader.getLanguage());
            LocalDateTime tomorrow = LocalDateTime.now(org.bepart.news.InstitutionZone.get()).plusDays(1)
                    .withHour(9).withMinute(0).withSecond(0).withNano(0);
            form.setOpensAt(tomorrow);
            form.setClosesAt(tomorrow.plusDays(28).withHour(18));
        }
        opensAt = form.getOpensAt() == null ? null : form.getOpensAt().toString();
        closesAt = form.getClosesAt() == null ? null : form.getClosesAt().toString();
        editing = form.getOriginalLanguage();
    }

    public void edit(Language language) {
        editing = language;
    }

    public String save() {
        try {
            boolean created = form.getId() == null;
            store();
            messages.info(created ? "contest.edit.created" : "contest.edit.saved");
            return reopen();
        } catch (RuntimeException e) {
            messages.failure(e);
            return null;
        }
    }

    public String publish() {
        try {
            int version = store();
            editor.publish(currentUser.getId(), form.getId(), version);
            messages.info("contest.edit.published");
            return reopen();
        } catch (RuntimeException e) {
            messages.failure(e);
            return null;
        }
    }

    public String unpublish() {
        try {
            editor.unpublish(currentUser.getId(), form.getId(), form.getVersion());
            messages.info("contest.edit.unpublished");
            return reopen();
        } catch (RuntimeException e) {
            messages.failure(e);
            return null;
        }
    }

    private int store() {
        form.setOpensAt(parse(opensAt));
        form.setClosesAt(parse(closesAt));
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

    private static LocalDateTime parse(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private String reopen() {
        messages.keepForRedirect();
        return "/admin/contests/edit?faces-redirect=true&id=" + form.getId();
    }

    public ContestTextForm getText() {
        return form.text(editing);
    }

    public List<Language> getLanguages() {
        return Arrays.asList(Language.values());
    }

    public List<EntryCategory> getAllCategories() {
        return Arrays.asList(EntryCategory.values());
    }

    public boolean written(Language language) {
        return !form.text(language).isEmpty();
    }

    public boolean isNew() {
        return form.getId() == null;
    }

    public boolean isPublished() {
        return form.getStatus() == ContestStatus.PUBLISHED;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ContestForm getForm() {
        return form;
    }

    public Language getEditing() {
        return editing;
    }

    public String getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(String opensAt) {
        this.opensAt = opensAt;
    }

    public String getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(String closesAt) {
        this.closesAt = closesAt;
    }
}
