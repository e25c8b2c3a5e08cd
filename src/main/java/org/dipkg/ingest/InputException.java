package org.dipkg.ingest;

/** Input that cannot be read as an article; the message names the file (and line or offset). */
public final class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }
}
