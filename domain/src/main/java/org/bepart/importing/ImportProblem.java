package org.bepart.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.shared.Require;

import java.util.Objects;

/**
 * Why a row of an import was refused: its number in the file (the header is row 1), the column (null for the whole
 * row), a message key of the bundle and its one argument (e.g. the longest length allowed, or the unknown value).
 */
@Embeddable
public class ImportProblem {

    public static final int COLUMN_MAX = 40;
    public static final int KEY_MAX = 80;
    public static final int ARGUMENT_MAX = 200;

    @Column(name = "row_no", nullable = false)
    private int row;

    @Size(max = COLUMN_MAX)
    @Column(name = "column_name", length = COLUMN_MAX)
    private String column;

    @NotNull @Size(max = KEY_MAX)
    @Column(name = "message_key", nullable = false, length = KEY_MAX)
    private String messageKey;

    @Size(max = ARGUMENT_MAX)
    @Column(length = ARGUMENT_MAX)
    private String argument;

    protected ImportProblem() {
    }

    /** A problem; a longer argument (a value from the file) is shortened. */
    public ImportProblem(int row, String column, String messageKey, String argument) {
        if (row < 1) {
            throw new IllegalArgumentException("rows start at 1");
        }
        this.row = row;
        this.column = Require.optional(column, COLUMN_MAX, "column");
        this.messageKey = Require.maxLength(Require.notBlank(messageKey, "message key"), KEY_MAX, "message key");
        this.argument = argument == null ? null
                : argument.length() > ARGUMENT_MAX ? argument.substring(0, ARGUMENT_MAX - 1) + "…" : argument;
    }

    public int getRow() {
        return row;
    }

    public String getColumn() {
        return column;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getArgument() {
        return argument;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImportProblem p && row == p.row && Objects.equals(column, p.column)
                && messageKey.equals(p.messageKey) && Objects.equals(argument, p.argument);
    }

    @Override
    public int hashCode() {
        return Objects.hash(row, column, messageKey);
    }

    @Override
    public String toString() {
        return "row " + row + (column == null ? "" : ", " + column) + ": " + messageKey
                + (argument == null ? "" : " (" + argument + ")");
    }
}
