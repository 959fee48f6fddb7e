package org.bepart.web.editorial;

import jakarta.inject.Inject;
import org.bepart.editorial.EditorialForm;
import org.bepart.editorial.EditorialService;
import org.bepart.editorial.TextInput;
import org.bepart.language.Language;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * An edit page of something editors write in several languages and publish: the texts one language at a time (the
 * others kept in the form), save, publish and unpublish, each going back to the page afresh with its message. On any
 * failure the form keeps everything typed.
 *
 * @param <F> the form
 * @param <X> the form's fields of one language
 * @param <P> the item as readers see it, shown by a preview
 */
public abstract class EditPage<F extends EditorialForm<X>, X extends TextInput, P extends Serializable>
        implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected CurrentUser currentUser;

    @Inject
    protected ReaderLanguage reader;

    @Inject
    protected Messages messages;

    private final String noun;
    private final String keys;
    private final String path;
    private String id;
    protected F form;
    protected Language editing;
    private P preview;

    /**
     * @param noun names the item in a 404 ("no such news item")
     * @param keys the prefix of the page's message keys ("news.edit")
     * @param path the page's address ("/admin/news/edit")
     */
    protected EditPage(String noun, String keys, String path) {
        this.noun = noun;
        this.keys = keys;
        this.path = path;
    }

    protected abstract EditorialService<?, ?, F, X, P> editor();

    /** The form of the saved item {@code id}. */
    protected abstract F load(long id);

    /** A blank form in {@code language}. */
    protected abstract F blank(Language language);

    /** After the form was loaded or made: fills what the page shows besides it. */
    protected void loaded() {
    }

    /** Before the form is stored: copies what the page keeps apart into it; false (with a message) to stop. */
    protected boolean prepare() throws IOException {
        return true;
    }

    /** Shows the refusal; the form keeps what was typed. */
    protected void fail(Exception e) {
        messages.failure(e);
    }

    /** View action: the item of {@code id}, or a blank form in the reader's language. */
    public void load() throws IOException {
        if (form != null) {
            return;
        }
        if (id != null && !id.isBlank()) {
            if (!id.matches("[0-9]{1,18}")) {
                Faces.responseSendError(404, "no such " + noun);
                return;
            }
            try {
                form = load(Long.parseLong(id));
            } catch (RuntimeException e) {
                if ("error.notFound".equals(Messages.keyOf(e))) {
                    Faces.responseSendError(404, "no such " + noun);
                    return;
                }
                throw e;
            }
        } else {
            form = blank(reader.getLanguage());
        }
        editing = form.getOriginalLanguage();
        loaded();
    }

    /** Shows another language's fields; what was typed in this one stays in the form. */
    public void edit(Language language) {
        editing = language;
        preview = null;
    }

    /** Shows the item below the form as readers would see it in the language being edited; saves nothing. */
    public void preview() {
        try {
            preview = prepare() ? editor().preview(currentUser.getId(), form, editing) : null;
        } catch (RuntimeException | IOException e) {
            preview = null;
            fail(e);
        }
    }

    public String save() {
        try {
            boolean created = form.getId() == null;
            if (!prepare()) {
                return null;
            }
            store();
            messages.info(keys + (created ? ".created" : ".saved"));
            return reopen();
        } catch (RuntimeException | IOException e) {
            fail(e);
            return null;
        }
    }

    /** Saves what is typed, then publishes. */
    public String publish() {
        try {
            if (!prepare()) {
                return null;
            }
            int version = store();
            editor().publish(currentUser.getId(), form.getId(), version);
            messages.info(keys + ".published");
            return reopen();
        } catch (RuntimeException | IOException e) {
            fail(e);
            return null;
        }
    }

    public String unpublish() {
        try {
            editor().unpublish(currentUser.getId(), form.getId(), form.getVersion());
            messages.info(keys + ".unpublished");
            return reopen();
        } catch (RuntimeException e) {
            fail(e);
            return null;
        }
    }

    /** Saves the form, creating the item when new; returns the item's version. */
    protected int store() {
        if (form.getId() == null) {
            long newId = editor().create(currentUser.getId(), form);
            form.setId(newId);
            int version = load(newId).getVersion();
            form.setVersion(version);
            return version;
        }
        int version = editor().save(currentUser.getId(), form);
        form.setVersion(version);
        return version;
    }

    /** The edit page of the saved item afresh (its new version), keeping the message. */
    protected String reopen() {
        messages.keepForRedirect();
        return path + "?faces-redirect=true&id=" + form.getId();
    }

    // --- for the page ---

    public X getText() {
        return form.text(editing);
    }

    public List<Language> getLanguages() {
        return Arrays.asList(Language.values());
    }

    /** Whether a language has any text typed in. */
    public boolean written(Language language) {
        X text = form.text(language);
        return text != null && !text.isEmpty();
    }

    public P getPreview() {
        return preview;
    }

    public boolean isNew() {
        return form.getId() == null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public F getForm() {
        return form;
    }

    public Language getEditing() {
        return editing;
    }
}
