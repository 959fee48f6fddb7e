package org.bepart.web.translation;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.language.Language;
import org.bepart.translation.TranslationQueue;
import org.bepart.translation.TranslationService;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Backs {@code admin/translations.xhtml}, the translators' queue (translators and administrators): the initiatives
 * readers asked to read in a language, oldest request first, in the translator's languages or the one chosen
 * ({@code language}), with the number waiting per language; and the languages the translator translates into.
 */
@Named
@ViewScoped
public class TranslationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient TranslationService translations;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient ReaderLanguage reader;

    @Inject
    private transient Messages messages;

    private String language;
    private TranslationQueue queue;
    private List<String> mine = new ArrayList<>();

    /** View action: the queue, or 404 for a language that is none. */
    public void load() throws IOException {
        Set<Language> shown = EnumSet.noneOf(Language.class);
        if (language != null && !language.isEmpty()) {
            Language chosen = Language.fromTag(language).orElse(null);
            if (chosen == null) {
                Faces.responseSendError(404, "no such language");
                return;
            }
            shown.add(chosen);
        }
        queue = translations.queue(currentUser.getId(), shown, reader.getLanguage());
        mine = new ArrayList<>(queue.mine().stream().sorted().map(Language::tag).toList());
    }

    /** Keeps the languages the translator translates into (told of new requests in them). */
    public void saveLanguages() throws IOException {
        Set<Language> chosen = EnumSet.noneOf(Language.class);
        for (String tag : mine) {
            Language.fromTag(tag).ifPresent(chosen::add);
        }
        try {
            translations.chooseLanguages(currentUser.getId(), chosen);
        } catch (RuntimeException e) {
            messages.failure(e);
            return;
        }
        messages.info("translations.languagesSaved");
        messages.keepForRedirect();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/admin/translations");
    }

    /** Every language, for the tabs and the choice of one's languages. */
    public Language[] getLanguages() {
        return Language.values();
    }

    public TranslationQueue getQueue() {
        return queue;
    }

    public List<String> getMine() {
        return mine;
    }

    public void setMine(List<String> mine) {
        this.mine = mine;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
