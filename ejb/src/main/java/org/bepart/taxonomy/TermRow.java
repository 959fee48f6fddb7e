package org.bepart.taxonomy;

import java.io.Serializable;

/**
 * A term as administrators manage it: the version it was read at, its names, its place, whether it is retired (and
 * into which term it was merged), and on how many initiatives it is, whatever their status.
 */
public record TermRow(long id, int version, TermKind kind, String code, TermForm form, int position, boolean retired,
                      String mergedInto, long initiatives) implements Serializable {
}
