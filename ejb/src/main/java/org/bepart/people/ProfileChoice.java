package org.bepart.people;

/** What the signed-in person chose for their public profile. */
public record ProfileChoice(boolean shown, String bio) {
}
