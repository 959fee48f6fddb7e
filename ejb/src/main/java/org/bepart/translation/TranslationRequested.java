package org.bepart.translation;

import org.bepart.language.Language;

/** A first open request to read an initiative in a language: the translators of that language are told. */
public record TranslationRequested(long initiativeId, Language language, long requesterId) {
}
