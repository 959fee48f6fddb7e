package org.bepart.follow;

/** One follow of the list, with its label in the reader's language and the public page it is about. */
public record FollowRow(FollowTarget target, String key, String label, String path) {
}
