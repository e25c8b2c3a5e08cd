package org.dipkg.store;

/**
 * How {@link Tdb2Store#load} treats an input.
 *
 * @param streamAboveBytes N-Quads and TriG inputs larger than this (all files together) are
 *                         streamed in batches, one transaction each; smaller inputs, and
 *                         inputs in other formats, are loaded in one transaction
 * @param batchQuads       quads in a streamed batch, rounded up to the end of a graph
 */
public record LoadSettings(long streamAboveBytes, int batchQuads) {
    /** 64 MiB; 500,000 quads a batch. */
    public static final LoadSettings DEFAULTS = new LoadSettings(64L << 20, 500_000);

    public LoadSettings {
        if (streamAboveBytes < 0 || batchQuads < 1) {
            throw new IllegalArgumentException("streamAboveBytes >= 0 and batchQuads >= 1");
        }
    }
}
