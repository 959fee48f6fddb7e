package org.bepart.editorial;

/** The fields of one language in an editor's form. */
public interface TextInput {

    /** True when the editor left every field of the language empty. */
    boolean isEmpty();
}
