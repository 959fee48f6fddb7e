/**
 * The reader's language without a server session: chosen by {@code ?lang=}, remembered in a cookie, else taken from
 * Accept-Language, else the configured default; labels of fixed values and dates in that language.
 */
package org.bepart.web.i18n;
