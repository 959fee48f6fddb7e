/**
 * The history of published initiatives: a version (a text snapshot of the public record) after every edit, and the
 * differences between two versions, word by word, for the public history page.
 */
package org.bepart.history;
