/**
 * Translations of initiatives: the translation sheet beside the original ({@code /account/translation}), the
 * translators' queue per language ({@code /admin/translations}) and readers' "translate this" requests
 * (POST {@code /translate} from an initiative's page).
 */
package org.bepart.web.translation;
