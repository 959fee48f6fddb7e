package org.bepart.history;

import java.util.List;

/** The fields that differ between two versions of an initiative, in the order of the record. */
public record Comparison(VersionRow from, VersionRow to, List<FieldDiff> fields)
        implements java.io.Serializable {
}
