package org.bepart.newsletter;

import java.io.Serializable;

/** A news item or an initiative in a digest: its title in the reader's language (or the original) and its address. */
public record DigestItem(long id, String title, String path) implements Serializable {
}
