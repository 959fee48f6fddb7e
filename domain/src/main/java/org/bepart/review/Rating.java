package org.bepart.review;

/** How well an initiative meets one principle of the Code. */
public enum Rating {
    MET,
    PARTLY_MET,
    NOT_MET,
    NOT_APPLICABLE
}
