package org.bepart.contest;

import org.bepart.editorial.TextInput;
import java.io.Serializable;

/** What an editor types for one language of a contest. All empty means "no text in this language". */
public class ContestTextForm implements TextInput, Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String description;
    private String rules;

    public ContestTextForm() {
    }

    public ContestTextForm(String title, String description, String rules) {
        this.title = title;
        this.description = description;
        this.rules = rules;
    }

    public boolean isEmpty() {
        return blank(title) && blank(description) && blank(rules);
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getRules() {
        return rules;
    }

    public void setRules(String rules) {
        this.rules = rules;
    }
}
