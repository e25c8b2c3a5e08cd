package org.dipkg.store;

/**
 * How {@link Tdb2Store#load} treats an input.
 *
 * @param streamAboveBytes N-Quads and TriG inputs larger than this (all files together) are
 *                         streamed in batches, one transaction each; smaller inputs, and
 *                         inputs in other formats, are loaded in one transaction
 * @param batchQuads       quads in a streamed batch, rounded up to the end of a graph
 * @param bulkIntoEmpty    stream a large input into an empty store through TDB2's bulk
 *                         loader rather than in batches
 */
public record LoadSettings(long streamAboveBytes, int batchQuads, boolean bulkIntoEmpty) {
    /** 64 MiB; 500,000 quads a batch; the bulk loader into an empty store. */
    public static final LoadSettings DEFAULTS = new LoadSettings(64L << 20, 500_000, true);

    public LoadSettings {
        if (streamAboveBytes < 0 || batchQuads < 1) {
            throw new IllegalArgumentException("streamAboveBytes >= 0 and batchQuads >= 1");
        }
    }
}
