package org.dipkg.extract;

/** A word list that cannot be used: its message names the file and line. */
public final class LexiconException extends RuntimeException {
    public LexiconException(String message) {
        super(message);
    }
}
