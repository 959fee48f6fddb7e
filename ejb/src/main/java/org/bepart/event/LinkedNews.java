package org.bepart.event;

import java.io.Serializable;

/** A news item linked to an event: its title in the reader's language (or the original) and its address. */
public record LinkedNews(long id, String title, String path) implements Serializable {
}
