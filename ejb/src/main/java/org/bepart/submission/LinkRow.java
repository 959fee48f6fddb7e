package org.bepart.submission;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.bepart.initiative.Link;

import java.io.Serializable;

/** One link of step 5: an http(s) address and an optional label. A row without address is ignored. */
public class LinkRow implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String URL_PATTERN = "(https?://[^\\s/?#]+[^\\s]*)?";

    /** Empty, or an http(s) address with a host. */
    @Size(max = Link.URL_MAX) @Pattern(regexp = URL_PATTERN)
    private String url;

    @Size(max = Link.LABEL_MAX)
    private String label;

    public LinkRow() {
    }

    public LinkRow(String url, String label) {
        this.url = url;
        this.label = label;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
