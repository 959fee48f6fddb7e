/**
 * Texts written in an original language with optional translations: which text a reader is shown, and the rule that
 * the original language always has a text. Used by news items, events and contests.
 */
package org.bepart.translation;
