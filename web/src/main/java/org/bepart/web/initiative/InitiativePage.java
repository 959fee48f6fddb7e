package org.bepart.web.initiative;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.initiative.InitiativeCard;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.InitiativeDetail;
import org.bepart.web.i18n.ReaderLanguage;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** Backs {@code initiative.xhtml}: one public initiative with every field, at {@code /initiatives/{id}/{slug}}. */
@Named
@RequestScoped
public class InitiativePage {

    @EJB
    private InitiativeCatalogue catalogue;

    @Inject
    private ReaderLanguage reader;

    static final int RELATED = 4;

    private String id;
    private InitiativeDetail initiative;
    private List<InitiativeCard> related;

    /** View action: loads the initiative, or answers 404 for an unknown, hidden or malformed id. */
    public void load() throws IOException {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            Faces.responseSendError(404, "no such initiative");
            return;
        }
        initiative = catalogue.find(Long.parseLong(id), reader.getLanguage()).orElse(null);
        if (initiative == null) {
            Faces.responseSendError(404, "no such initiative");
            return;
        }
        related = catalogue.related(initiative, RELATED, reader.getLanguage());
    }

    /** Paragraphs of a multi-line text, split at blank lines. */
    public List<String> paragraphs(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public InitiativeDetail getInitiative() {
        return initiative;
    }

    /** Initiatives like this one, to learn from. */
    public List<InitiativeCard> getRelated() {
        return related;
    }
}
