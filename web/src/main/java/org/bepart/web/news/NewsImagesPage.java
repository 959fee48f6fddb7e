package org.bepart.web.news;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.bepart.news.NewsEditorService;
import org.bepart.news.ImageRef;
import org.bepart.web.faces.Messages;
import org.bepart.web.security.CurrentUser;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** Backs {@code admin/news/images.xhtml}: the editors' image library and its upload form. */
@Named
@ViewScoped
public class NewsImagesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private NewsEditorService editor;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private transient Part file;
    private List<ImageRef> images;

    @PostConstruct
    void load() {
        images = editor.images(currentUser.getId());
    }

    public void upload() {
        try {
            ImageRef image = NewsUploads.store(editor, currentUser.getId(), file);
            if (image == null) {
                messages.errorFor("images:file", "news.error.noFile");
                return;
            }
            messages.info("news.images.uploaded", image.fileName());
            images = editor.images(currentUser.getId());
        } catch (RuntimeException | IOException e) {
            messages.failure(e instanceof IOException io ? new IllegalStateException(io) : (Exception) e);
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<ImageRef> getImages() {
        return images;
    }
}
