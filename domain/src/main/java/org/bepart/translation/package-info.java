/**
 * Texts written in an original language with optional translations: which text a reader is shown, and the rule that
 * the original language always has a text. Used by news items, events and contests. Translations of initiatives by
 * people ({@link org.bepart.translation.InitiativeTranslation}: drafts, published texts, what they were made from and
 * which fields are out of date) and readers' requests for them ({@link org.bepart.translation.TranslationRequest}).
 */
package org.bepart.translation;
