package org.bepart.editorial;

import org.bepart.language.Language;

/**
 * An editor's form: the id and version it was loaded from (null for a new one), the original language and the
 * fields of each language.
 */
public interface EditorialForm<X extends TextInput> {

    Long getId();

    void setId(Long id);

    Integer getVersion();

    void setVersion(Integer version);

    Language getOriginalLanguage();

    X text(Language language);
}
