package org.bepart.newsletter;

import org.bepart.language.Language;

import java.io.Serializable;

/** A digest mail as a subscriber of one language receives it. */
public record DigestText(Language language, String subject, String body) implements Serializable {
}
