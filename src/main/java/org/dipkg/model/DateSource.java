package org.dipkg.model;

/** How an article's publication date was obtained. */
public enum DateSource {
    /** Given by the user (--published or the corpus field). */
    GIVEN,
    /** Inferred from a dateline, a dated heading or a dated caption. */
    DATELINE,
    /** Not known: relative dates stay unresolved. */
    UNKNOWN
}
