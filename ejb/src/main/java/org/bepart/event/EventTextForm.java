package org.bepart.event;

import org.bepart.editorial.TextInput;
import java.io.Serializable;

/** What an editor types for one language of an event. Empty in both fields means "no text in this language". */
public class EventTextForm implements TextInput, Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String description;

    public EventTextForm() {
    }

    public EventTextForm(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public boolean isEmpty() {
        return (title == null || title.isBlank()) && (description == null || description.isBlank());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
