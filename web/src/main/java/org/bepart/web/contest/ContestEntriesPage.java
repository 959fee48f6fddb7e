package org.bepart.web.contest;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.contest.ContestEditorService;
import org.bepart.contest.Moderation;
import org.bepart.contest.ModerationRow;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code admin/contests/entries.xhtml}: the moderation queue of one contest (approve, or reject with a reason),
 * the approved entries with the jury's averages, and the announcement of the winners.
 */
@Named
@ViewScoped
public class ContestEntriesPage implements Serializable {

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
    private long contestId;
    private String title;
    private List<ModerationRow> rows;
    private final Map<Long, String> reasons = new HashMap<>();

    public void load() throws IOException {
        if (title != null) {
            return;
        }
        if (id == null || !id.matches("[0-9]{1,18}")) {
            Faces.responseSendError(404, "no such contest");
            return;
        }
        contestId = Long.parseLong(id);
        try {
            title = editor.title(currentUser.getId(), contestId, reader.getLanguage());
        } catch (RuntimeException e) {
            if ("error.notFound".equals(Messages.keyOf(e))) {
                Faces.responseSendError(404, "no such contest");
                return;
            }
            throw e;
        }
        refresh();
    }

    private void refresh() {
        rows = editor.entries(currentUser.getId(), contestId, null);
    }

    public void approve(long entryId) {
        try {
            editor.approve(currentUser.getId(), entryId);
            messages.info("contest.moderation.approved");
        } catch (RuntimeException e) {
            messages.failure(e);
        }
        refresh();
    }

    public void reject(long entryId) {
        try {
            editor.reject(currentUser.getId(), entryId, reasons.get(entryId));
            reasons.remove(entryId);
            messages.info("contest.moderation.rejected");
        } catch (RuntimeException e) {
            messages.failure(e);
        }
        refresh();
    }

    public void announce() {
        try {
            editor.announceWinners(currentUser.getId(), contestId, ContestEditorService.PLACES);
            messages.info("contest.winners.announcedDone");
        } catch (RuntimeException e) {
            messages.failure(e);
        }
        refresh();
    }

    public List<ModerationRow> getPending() {
        return rows.stream().filter(r -> r.moderation() == Moderation.PENDING).toList();
    }

    /** Approved entries, best jury average first (unscored last). */
    public List<ModerationRow> getApproved() {
        return rows.stream().filter(r -> r.moderation() == Moderation.APPROVED)
                .sorted(Comparator.comparing(ModerationRow::average,
                        Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    }

    public List<ModerationRow> getRejected() {
        return rows.stream().filter(r -> r.moderation() == Moderation.REJECTED).toList();
    }

    public boolean isAnnounced() {
        return rows.stream().anyMatch(r -> r.place() != null);
    }

    public String average(Double average) {
        return average == null ? "–" : String.format(reader.getLocale(), "%.2f", average);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getContestId() {
        return contestId;
    }

    public String getTitle() {
        return title;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
