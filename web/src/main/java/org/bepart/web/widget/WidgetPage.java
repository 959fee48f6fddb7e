package org.bepart.web.widget;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.web.PublicUrl;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.widget.WidgetList;
import org.bepart.widget.WidgetService;
import org.bepart.widget.WidgetSubject;
import org.omnifaces.util.Faces;

import java.io.IOException;

/** Backs {@code widget.xhtml}: the list another site frames, in the language its address asks for. */
@Named
@RequestScoped
public class WidgetPage {

    @EJB
    private WidgetService widgets;

    @Inject
    private ReaderLanguage reader;

    private String subject;
    private String key;
    private WidgetList list;

    /** View action: loads the list, or answers 404. */
    public void load() throws IOException {
        WidgetSubject kind = subject == null ? null : WidgetSubject.fromSegment(subject).orElse(null);
        list = kind == null || key == null ? null : widgets.list(kind, key, reader.getLanguage()).orElse(null);
        if (list == null) {
            Faces.responseSendError(404, "no such widget");
        }
    }

    /** An absolute address on BePART: links in a frame must leave it for the whole window. */
    public String absolute(String path) {
        return PublicUrl.of(Faces.getRequest()) + path;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public WidgetList getList() {
        return list;
    }
}
