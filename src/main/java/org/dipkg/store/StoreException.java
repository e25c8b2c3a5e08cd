package org.dipkg.store;

/** A store or data file that cannot be used; the message names the file or folder. */
public final class StoreException extends Exception {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
