/**
 * The embeddable widget: the validated initiatives of an organisation, a member state or a theme as a short list that
 * other sites show in a frame, in a language of the embedding site's choice, each item linking back to BePART.
 */
package org.bepart.widget;
