package org.dipkg.store;

/**
 * Hears of a load's progress: after each committed transaction, and every 250,000 quads
 * of a bulk load (committed at its end).
 */
@FunctionalInterface
public interface LoadListener {
    LoadListener NONE = (report, bytesRead, bytesTotal) -> { };

    /**
     * @param soFar      what is committed (bulk load: read) so far
     * @param bytesRead  bytes of input read so far
     * @param bytesTotal bytes of input in all
     */
    void committed(LoadReport soFar, long bytesRead, long bytesTotal);
}
