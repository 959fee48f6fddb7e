/**
 * The embeddable widget's pages: {@code /widget/{organisation|country|theme}/{key}} (a light page other sites may
 * frame: no cookie, no session, nothing from other sites), {@code /widget/embed.js} (the script variant of the
 * snippet) and the snippet offered on the pages of organisations, member states and themes.
 */
package org.bepart.web.widget;
