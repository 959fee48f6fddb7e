package org.bepart.importing;

import java.util.List;

/** What the rules found in a row: its problems, or the initiative it makes when it has none. */
public record RowCheck(List<ImportProblem> problems, ImportedInitiative initiative) {

    public RowCheck {
        problems = List.copyOf(problems);
        if (problems.isEmpty() == (initiative == null)) {
            throw new IllegalArgumentException("either problems or an initiative");
        }
    }

    public boolean isValid() {
        return initiative != null;
    }
}
