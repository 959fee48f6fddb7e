/**
 * Translations of initiatives by people: translators and the initiative's contributors write a language side by side
 * with the original ({@link org.bepart.translation.TranslationService}: draft, publish, the out-of-date fields with a
 * word diff of what changed in the original), signed-in readers ask for a language, which makes the translators'
 * queue per language, and the translators of that language are told ({@link org.bepart.translation.TranslationNotifier}).
 */
package org.bepart.translation;
