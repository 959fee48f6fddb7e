package org.bepart.web.contest;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.contest.JuryRow;
import org.bepart.contest.JuryScore;
import org.bepart.contest.JuryService;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Backs {@code admin/jury.xhtml}: reviewers and administrators score the approved entries of contests whose winners
 * are not announced (the service checks the role again).
 */
@Named
@ViewScoped
public class JuryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private JuryService jury;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReaderLanguage reader;

    @Inject
    private Messages messages;

    private List<JuryRow> rows;
    private final Map<Long, Integer> scores = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();

    public void load() {
        if (rows == null) {
            refresh();
        }
    }

    private void refresh() {
        rows = jury.entries(currentUser.getId(), reader.getLanguage());
        scores.clear();
        notes.clear();
        for (JuryRow row : rows) {
            scores.put(row.entryId(), row.myScore());
            notes.put(row.entryId(), row.myNote());
        }
    }

    public void save(long entryId) {
        try {
            jury.score(currentUser.getId(), entryId, scores.get(entryId), notes.get(entryId));
            messages.info("contest.jury.saved");
            refresh();
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    public List<Integer> getRange() {
        return IntStream.rangeClosed(JuryScore.MIN, JuryScore.MAX).boxed().toList();
    }

    public String average(Double average) {
        return average == null ? "–" : String.format(reader.getLocale(), "%.2f", average);
    }

    public List<JuryRow> getRows() {
        return rows;
    }

    public Map<Long, Integer> getScores() {
        return scores;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
