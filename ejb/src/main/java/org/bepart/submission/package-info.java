/**
 * The submission form: an initiative written step by step by the members of its owner organisation, saved as a draft
 * at every step, with one form object per step; the list of a contributor's initiatives.
 */
package org.bepart.submission;
