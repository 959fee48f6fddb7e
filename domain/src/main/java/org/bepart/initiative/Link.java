package org.bepart.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.bepart.shared.Require;
import org.bepart.shared.WebAddressValidator;

import java.util.Objects;

/** A web link about the initiative. Only http and https addresses are accepted, so a page can render it safely. */
@Embeddable
public class Link {

    public static final int URL_MAX = 1000;
    public static final int LABEL_MAX = 200;

    @NotBlank @Size(max = URL_MAX)
    @Column(nullable = false, length = URL_MAX)
    private String url;

    @Size(max = LABEL_MAX)
    @Column(length = LABEL_MAX)
    private String label;

    protected Link() {
    }

    public Link(String url, String label) {
        this.url = Require.maxLength(Require.notBlank(url, "url"), URL_MAX, "url");
        this.label = Require.optional(label, LABEL_MAX, "label");
        if (!WebAddressValidator.isValid(this.url, URL_MAX)) {
            throw new IllegalArgumentException("only http(s) links are allowed: " + this.url);
        }
    }

    public String getUrl() {
        return url;
    }

    /** The label, or the address when there is none. */
    public String getLabel() {
        return label != null ? label : url;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Link l && Objects.equals(url, l.url) && Objects.equals(label, l.label);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, label);
    }
}
