package org.bepart.web.taxonomy;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.taxonomy.TaxonomyAdmin;
import org.bepart.taxonomy.TermForm;
import org.bepart.taxonomy.TermKind;
import org.bepart.taxonomy.TermRow;
import org.bepart.web.faces.Messages;
import org.bepart.web.security.CurrentUser;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * /admin/taxonomies?kind=theme|tool|target&amp;edit=…: administrators add terms to a list, rename them in the four
 * languages, move them up and down, retire and restore them, and merge one into another (after a confirmation). Each
 * action sends the version of the term the page showed; a change made meanwhile is refused with a clear message.
 */
@Named
@ViewScoped
public class TaxonomiesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient TaxonomyAdmin admin;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    private String kind;
    private String edit;
    private TermKind termKind = TermKind.THEME;
    private List<Row> rows = List.of();
    private Row editing;
    private TermForm editForm;
    private TermForm newTerm = new TermForm();

    /** A term of the list with the term the administrator chose to merge it into. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final TermRow term;
        private Long mergeInto;

        Row(TermRow term) {
            this.term = term;
        }

        public TermRow getTerm() {
            return term;
        }

        public Long getMergeInto() {
            return mergeInto;
        }

        public void setMergeInto(Long mergeInto) {
            this.mergeInto = mergeInto;
        }
    }

    public void load() throws IOException {
        if (!currentUser.isAdministrator()) {
            Faces.responseSendError(403, "administrators only"); // reviewers pass /admin/*'s constraint
            return;
        }
        if (kind != null) {
            termKind = TermKind.fromParameter(kind).filter(TermKind::isManaged).orElse(null);
            if (termKind == null) {
                Faces.responseSendError(404, "no such list");
                return;
            }
        }
        read();
        if (edit != null) {
            editing = rows.stream().filter(r -> Long.toString(r.term.id()).equals(edit)).findFirst().orElse(null);
            if (editing == null) {
                Faces.responseSendError(404, "no such term");
                return;
            }
            TermForm shown = editing.term.form();
            editForm = new TermForm(shown.getCode(), shown.getNameHy(), shown.getNameEn(), shown.getNameFr(),
                    shown.getNameRu());
        }
    }

    private void read() {
        try {
            rows = new ArrayList<>(admin.terms(currentUser.getId(), termKind).stream().map(Row::new).toList());
            if (editing != null) { // after a conflict: the typed names stay, the version is the current one
                long id = editing.term.id();
                editing = rows.stream().filter(r -> r.term.id() == id).findFirst().orElse(null);
            }
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    public void add() throws IOException {
        act(() -> admin.add(currentUser.getId(), termKind, newTerm), "taxonomyAdmin.added", newTerm.getNameEn());
    }

    public void rename() throws IOException {
        act(() -> admin.rename(currentUser.getId(), editing.term.id(), editing.term.version(), editForm),
                "taxonomyAdmin.renamed", editForm.getNameEn());
    }

    public void up(Row row) throws IOException {
        act(() -> admin.move(currentUser.getId(), row.term.id(), row.term.version(), -1), "taxonomyAdmin.moved",
                row.term.code());
    }

    public void down(Row row) throws IOException {
        act(() -> admin.move(currentUser.getId(), row.term.id(), row.term.version(), 1), "taxonomyAdmin.moved",
                row.term.code());
    }

    public void retire(Row row) throws IOException {
        act(() -> admin.retire(currentUser.getId(), row.term.id(), row.term.version()), "taxonomyAdmin.retired",
                row.term.code());
    }

    public void restore(Row row) throws IOException {
        act(() -> admin.restore(currentUser.getId(), row.term.id(), row.term.version()), "taxonomyAdmin.restored",
                row.term.code());
    }

    public void merge(Row row) throws IOException {
        if (row.mergeInto == null) {
            messages.error("taxonomyAdmin.error.mergeTarget");
            return;
        }
        act(() -> admin.merge(currentUser.getId(), row.term.id(), row.term.version(), row.mergeInto),
                "taxonomyAdmin.merged", row.term.code());
    }

    /** Runs the action; done, the list is shown anew (a GET, so reloading repeats nothing), else why not. */
    private void act(Runnable action, String doneKey, String what) throws IOException {
        try {
            action.run();
        } catch (RuntimeException e) {
            messages.failure(e);
            read(); // a conflict: show the list as it is now, with the message
            return;
        }
        messages.info(doneKey, what);
        messages.keepForRedirect();
        Faces.redirect(Faces.getRequestContextPath() + "/admin/taxonomies?kind=" + termKind.parameter());
    }

    /** The terms a row may be merged into: the others of the list still offered. */
    public List<TermRow> mergeTargets(Row row) {
        return rows.stream().map(Row::getTerm).filter(t -> t.id() != row.term.id() && !t.retired()).toList();
    }

    public List<TermKind> getKinds() {
        return Arrays.stream(TermKind.values()).filter(TermKind::isManaged).toList();
    }

    public TermKind getTermKind() {
        return termKind;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Row getEditing() {
        return editing;
    }

    public TermForm getEditForm() {
        return editForm;
    }

    public TermForm getNewTerm() {
        return newTerm;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getEdit() {
        return edit;
    }

    public void setEdit(String edit) {
        this.edit = edit;
    }
}
