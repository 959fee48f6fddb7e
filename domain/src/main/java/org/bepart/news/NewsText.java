package org.bepart.news;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.bepart.shared.Require;

import java.util.Objects;

/**
 * The texts of a news item in one language: a title, an optional teaser, the body as sanitised HTML, the label of the
 * call to action and the description of the cover image for people who cannot see it.
 */
@Embeddable
public class NewsText {

    public static final int TITLE_MAX = 200;
    public static final int TEASER_MAX = 500;
    public static final int BODY_MAX = 100_000;
    public static final int CTA_LABEL_MAX = 80;
    public static final int IMAGE_ALT_MAX = 300;

    @NotBlank @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = TEASER_MAX)
    @Column(length = TEASER_MAX)
    private String teaser;

    @Size(max = BODY_MAX)
    @Column(length = BODY_MAX)
    private String body;

    @Size(max = CTA_LABEL_MAX)
    @Column(name = "cta_label", length = CTA_LABEL_MAX)
    private String ctaLabel;

    @Size(max = IMAGE_ALT_MAX)
    @Column(name = "image_alt", length = IMAGE_ALT_MAX)
    private String imageAlt;

    protected NewsText() {
    }

    /** {@code body} must already be sanitised HTML; this class stores it as it is. */
    public NewsText(String title, String teaser, String body, String ctaLabel, String imageAlt) {
        this.title = Require.maxLength(Require.notBlank(title, "title"), TITLE_MAX, "title");
        this.teaser = Require.optional(teaser, TEASER_MAX, "teaser");
        this.body = Require.optional(body, BODY_MAX, "body");
        this.ctaLabel = Require.optional(ctaLabel, CTA_LABEL_MAX, "call to action");
        this.imageAlt = Require.optional(imageAlt, IMAGE_ALT_MAX, "image description");
    }

    public String getTitle() {
        return title;
    }

    /** The teaser the editor wrote; null when none. */
    public String getTeaser() {
        return teaser;
    }

    public String getBody() {
        return body;
    }

    public String getCtaLabel() {
        return ctaLabel;
    }

    public String getImageAlt() {
        return imageAlt;
    }

    /** The editor's teaser, else the start of the body, at most {@code max} characters cut at a word boundary. */
    public String teaser(int max) {
        return Teaser.cut(teaser != null ? teaser : Teaser.plainText(body), max);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NewsText t && Objects.equals(title, t.title) && Objects.equals(teaser, t.teaser)
                && Objects.equals(body, t.body) && Objects.equals(ctaLabel, t.ctaLabel)
                && Objects.equals(imageAlt, t.imageAlt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, teaser);
    }
}
