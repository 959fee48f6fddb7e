package org.bepart.submission;

import jakarta.validation.constraints.Size;
import org.bepart.initiative.Link;
import org.bepart.shared.WebAddress;

import java.io.Serializable;

/** One link of step 5: an http(s) address and an optional label. A row without address is ignored. */
public class LinkRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Empty, or an http(s) address with a host. */
    @Size(max = Link.URL_MAX) @WebAddress(max = Link.URL_MAX)
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
