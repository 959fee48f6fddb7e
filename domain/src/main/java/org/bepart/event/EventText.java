package org.bepart.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.bepart.shared.Require;

import java.util.Objects;

/** The title and the description (plain text) of an event in one language. */
@Embeddable
public class EventText {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 10_000;

    @NotBlank @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = DESCRIPTION_MAX)
    @Column(length = DESCRIPTION_MAX)
    private String description;

    protected EventText() {
    }

    public EventText(String title, String description) {
        this.title = Require.maxLength(Require.notBlank(title, "title").strip(), TITLE_MAX, "title");
        this.description = Require.optional(description == null ? null : description.strip(), DESCRIPTION_MAX,
                "description");
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventText t && Objects.equals(title, t.title) && Objects.equals(description, t.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, description);
    }
}
