package org.bepart.web.translation;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.initiative.InitiativeText;
import org.bepart.language.Language;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.NotFoundException;
import org.bepart.translation.SheetField;
import org.bepart.translation.TranslationException;
import org.bepart.translation.TranslationService;
import org.bepart.translation.TranslationSheet;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Backs {@code account/translation.xhtml}: the translation of a public initiative ({@code initiative}) into a
 * {@code language}, field by field beside the original, with what changed in the original since, word by word; save
 * as a draft or publish. Refused input keeps what was typed and says, translated, what is wrong with which field.
 */
@Named
@ViewScoped
public class TranslationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** What is kept of a field for the form again when it was refused as too long. */
    private static final int KEPT_MAX = 2 * InitiativeText.TEXT_MAX;

    @EJB
    private transient TranslationService translations;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient ReaderLanguage reader;

    @Inject
    private transient Messages messages;

    private String initiative;
    private String language;
    private TranslationSheet sheet;
    private final Map<String, String> texts = new HashMap<>();

    /** View action: the sheet, or 404 for parameters that mean nothing or an initiative one may not translate. */
    public void load() throws IOException {
        if (sheet != null) {
            return; // a postback of this view keeps what was typed
        }
        Language target = language == null ? null : Language.fromTag(language).orElse(null);
        if (initiative == null || !initiative.matches("[0-9]{1,18}") || target == null) {
            Faces.responseSendError(404, "no such translation");
            return;
        }
        try {
            sheet = translations.sheet(currentUser.getId(), Long.parseLong(initiative), target);
        } catch (RuntimeException e) {
            if (Messages.isRefusal(e, NotFoundException.class, AccessDeniedException.class,
                    TranslationException.class)) {
                Faces.responseSendError(404, "no such translation");
                return;
            }
            throw e;
        }
        sheet.fields().forEach(f -> texts.put(f.name(), f.translation()));
    }

    public void save() throws IOException {
        send(false);
    }

    public void publish() throws IOException {
        send(true);
    }

    private void send(boolean publish) throws IOException {
        Map<String, String> typed = new HashMap<>();
        texts.forEach((field, text) -> typed.put(field, text != null && text.length() > KEPT_MAX
                ? text.substring(0, KEPT_MAX) : text));
        texts.putAll(typed);
        try {
            long id = sheet.initiativeId();
            sheet = publish ? translations.publish(currentUser.getId(), id, sheet.language(), typed, sheet.version())
                    : translations.save(currentUser.getId(), id, sheet.language(), typed, sheet.version());
        } catch (RuntimeException e) {
            TranslationException refused = Messages.refusal(e, TranslationException.class).orElse(null);
            if (refused != null && refused.getField() != null) {
                String label = reader.text("history.field." + refused.getField());
                messages.error(refused.getMessageKey(), label);
                return;
            }
            messages.failure(e);
            return;
        }
        messages.info(publish ? "translation.published" : "translation.saved");
        messages.keepForRedirect();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/account/translation?initiative=" + sheet.initiativeId()
                + "&language=" + sheet.language().tag());
    }

    /** The label of a field, e.g. "Summary". */
    public String label(SheetField field) {
        return reader.text("history.field." + field.name());
    }

    /** How many rows a field's text area has: one line for the title, more for longer texts. */
    public int rows(SheetField field) {
        return switch (field.name()) {
            case "title" -> 2;
            case "summary" -> 4;
            default -> 8;
        };
    }

    public TranslationSheet getSheet() {
        return sheet;
    }

    public Map<String, String> getTexts() {
        return texts;
    }

    public String getInitiative() {
        return initiative;
    }

    public void setInitiative(String initiative) {
        this.initiative = initiative;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
