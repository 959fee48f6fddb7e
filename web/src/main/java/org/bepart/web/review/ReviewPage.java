package org.bepart.web.review;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.review.Assessment;
import org.bepart.review.Rating;
import org.bepart.review.ReviewService;
import org.bepart.review.ReviewSheet;
import org.bepart.shared.ConcurrentChangeException;
import org.bepart.shared.NotFoundException;
import org.bepart.taxonomy.TermView;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Backs {@code admin/review.xhtml?id=}: one initiative with both perspectives, its history and earlier reviews, and the
 * form of a decision: a rating and a note for every principle, a message to the contributors. What the reviewer typed
 * stays in the form whatever goes wrong, also when another reviewer decided first.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ReviewService reviews;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient ReaderLanguage reader;

    @Inject
    private transient Messages messages;

    private String id;
    private long initiativeId;
    /** The version the reviewer saw; a decision is taken on it. */
    private int version;
    private transient ReviewSheet sheet;
    private final List<Item> checklist = new ArrayList<>();
    private String message;

    /** One principle of the checklist as the form edits it. */
    public static class Item implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String code;
        private final String name;
        private Rating rating;
        private String note;

        Item(String code, String name) {
            this.code = code;
            this.name = name;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public Rating getRating() {
            return rating;
        }

        public void setRating(Rating rating) {
            this.rating = rating;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** View action: loads the initiative, or answers 404. */
    public void load() throws IOException {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            Faces.responseSendError(404, "no such initiative");
            return;
        }
        initiativeId = Long.parseLong(id);
        try {
            refresh();
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "no such initiative");
            return;
        }
        for (TermView principle : sheet.principles()) {
            checklist.add(new Item(principle.code(), principle.name()));
        }
    }

    /** Reads the initiative again (after a conflict: what the other reviewer did), keeping the form as it is. */
    private void refresh() {
        sheet = reviews.sheet(currentUser.getId(), initiativeId, reader.getLanguage());
        version = sheet.version();
    }

    public void validate() throws IOException {
        decide(InitiativeStatus.VALIDATED);
    }

    public void requestChanges() throws IOException {
        decide(InitiativeStatus.CHANGES_REQUESTED);
    }

    public void reject() throws IOException {
        decide(InitiativeStatus.REJECTED);
    }

    private void decide(InitiativeStatus decision) throws IOException {
        if (decision != InitiativeStatus.VALIDATED && (message == null || message.isBlank())) {
            messages.errorFor("review:message", "review.error.messageRequired");
            return;
        }
        List<Assessment> assessments = checklist.stream()
                .map(item -> new Assessment(item.getCode(), item.getRating(), item.getNote())).toList();
        String title = getSheet().text().getTitle();
        try {
            reviews.decide(currentUser.getId(), initiativeId, version, decision, message, assessments);
        } catch (ConcurrentChangeException e) {
            messages.failure(e);
            refresh();
            return;
        } catch (RuntimeException e) {
            messages.failure(e);
            return;
        }
        messages.info("review.decided." + decision.name(), title);
        messages.keepForRedirect();
        redirect("/admin/queue");
    }

    /** Administrators: sends a submitted initiative to review without waiting for its partner. */
    public void forward() throws IOException {
        String title = getSheet().text().getTitle();
        try {
            reviews.forward(currentUser.getId(), initiativeId, version, null);
        } catch (ConcurrentChangeException e) {
            messages.failure(e);
            refresh();
            return;
        } catch (RuntimeException e) {
            messages.failure(e);
            return;
        }
        messages.info("review.forwarded", title);
        messages.keepForRedirect();
        redirect("/admin/review?id=" + initiativeId);
    }

    private static void redirect(String path) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
    }

    /** The initiative as last read (read again when the view was restored without it). */
    public ReviewSheet getSheet() {
        if (sheet == null && initiativeId > 0) {
            refresh();
        }
        return sheet;
    }

    public boolean can(String decision) {
        return getSheet().decisions().contains(InitiativeStatus.valueOf(decision));
    }

    /** Whether any decision can be taken now. */
    public boolean isDeciding() {
        return !getSheet().decisions().isEmpty();
    }

    public List<Rating> getRatings() {
        return Arrays.asList(Rating.values());
    }

    public List<Item> getChecklist() {
        return checklist;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
