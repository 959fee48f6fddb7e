package org.bepart.importing;

import java.io.Serializable;

/** A line of an import's report: the row (header = 1), the column (null: the whole row), message key and argument. */
public record ImportLine(int row, String column, String messageKey, String argument) implements Serializable {

    static ImportLine of(ImportProblem problem) {
        return new ImportLine(problem.getRow(), problem.getColumn(), problem.getMessageKey(), problem.getArgument());
    }
}
