package org.bepart.history;

/**
 * What the values of a snapshot field are, so that a page can show them: free text (compared word by word), or items
 * one per line (compared item by item) that are codes of a fixed list, of a managed list, or plain lines.
 */
public enum FieldKind {
    TEXT,
    LINES,
    COUNTRY,
    LEVEL,
    FORMAT,
    STAGE,
    PARTICIPATION,
    THEME,
    TOOL,
    TARGET_GROUP,
    /** "true" when set, e.g. an initiative that is still going on. */
    FLAG;

    public boolean isText() {
        return this == TEXT;
    }
}
