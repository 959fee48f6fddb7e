package org.bepart.news;

import org.bepart.editorial.TextInput;
import java.io.Serializable;

/** What an editor types for one language of a news item. Empty in every field means "no text in this language". */
public class TextForm implements TextInput, Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String teaser;
    private String body;
    private String ctaLabel;
    private String imageAlt;

    public TextForm() {
    }

    public TextForm(String title, String teaser, String body, String ctaLabel, String imageAlt) {
        this.title = title;
        this.teaser = teaser;
        this.body = body;
        this.ctaLabel = ctaLabel;
        this.imageAlt = imageAlt;
    }

    static TextForm of(NewsText text) {
        return new TextForm(text.getTitle(), text.getTeaser(), text.getBody(), text.getCtaLabel(),
                text.getImageAlt());
    }

    /** Nothing typed (an editor's empty paragraph counts as nothing). */
    public boolean isEmpty() {
        return blank(title) && blank(teaser) && NewsHtml.sanitize(body) == null && blank(ctaLabel) && blank(imageAlt);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTeaser() {
        return teaser;
    }

    public void setTeaser(String teaser) {
        this.teaser = teaser;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getCtaLabel() {
        return ctaLabel;
    }

    public void setCtaLabel(String ctaLabel) {
        this.ctaLabel = ctaLabel;
    }

    public String getImageAlt() {
        return imageAlt;
    }

    public void setImageAlt(String imageAlt) {
        this.imageAlt = imageAlt;
    }
}
