package org.bepart.web.contest;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.bepart.contest.ContestDetail;
import org.bepart.contest.ContestEditorService;
import org.bepart.contest.ContestForm;
import org.bepart.contest.ContestStatus;
import org.bepart.contest.ContestTextForm;
import org.bepart.contest.EntryCategory;
import org.bepart.language.Language;
import org.bepart.time.InstitutionZone;
import org.bepart.web.editorial.EditPage;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * Backs {@code admin/contests/edit.xhtml}: a contest's texts in one or more languages (one language at a time, the
 * others kept in the form), ages, dates in the institution's time zone, categories and limits; preview; publish, unpublish.
 */
@Named
@ViewScoped
public class ContestEditPage extends EditPage<ContestForm, ContestTextForm, ContestDetail> {

    private static final long serialVersionUID = 1L;

    @EJB
    private ContestEditorService editor;

    private String opensAt;
    private String closesAt;

    public ContestEditPage() {
        super("contest", "contest.edit", "/admin/contests/edit");
    }

    @Override
    protected ContestEditorService editor() {
        return editor;
    }

    @Override
    protected ContestForm load(long id) {
        return editor.load(currentUser.getId(), id);
    }

    /** A blank form opening tomorrow at nine and closing four weeks later at six. */
    @Override
    protected ContestForm blank(Language language) {
        ContestForm blank = new ContestForm(language);
        LocalDateTime tomorrow = LocalDateTime.now(InstitutionZone.get()).plusDays(1)
                .withHour(9).withMinute(0).withSecond(0).withNano(0);
        blank.setOpensAt(tomorrow);
        blank.setClosesAt(tomorrow.plusDays(28).withHour(18));
        return blank;
    }

    @Override
    protected void loaded() {
        opensAt = form.getOpensAt() == null ? null : form.getOpensAt().toString();
        closesAt = form.getClosesAt() == null ? null : form.getClosesAt().toString();
    }

    @Override
    protected boolean prepare() {
        form.setOpensAt(parse(opensAt));
        form.setClosesAt(parse(closesAt));
        return true;
    }

    private static LocalDateTime parse(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public List<EntryCategory> getAllCategories() {
        return Arrays.asList(EntryCategory.values());
    }

    public boolean isPublished() {
        return form.getStatus() == ContestStatus.PUBLISHED;
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
