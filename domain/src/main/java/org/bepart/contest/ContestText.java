package org.bepart.contest;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.bepart.shared.Require;

import java.util.Objects;

/** A contest's texts in one language: title, description and rules (plain text, paragraphs by blank lines). */
@Embeddable
public class ContestText {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int RULES_MAX = 10_000;

    @NotBlank @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = DESCRIPTION_MAX)
    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Size(max = RULES_MAX)
    @Column(length = RULES_MAX)
    private String rules;

    protected ContestText() {
    }

    public ContestText(String title, String description, String rules) {
        this.title = Require.maxLength(Require.notBlank(title, "title"), TITLE_MAX, "title");
        this.description = Require.optional(description, DESCRIPTION_MAX, "description");
        this.rules = Require.optional(rules, RULES_MAX, "rules");
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getRules() {
        return rules;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContestText t && Objects.equals(title, t.title)
                && Objects.equals(description, t.description) && Objects.equals(rules, t.rules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title);
    }
}
