package org.dipkg.store;

/**
 * What a load did: article graphs written (each replacing what the store held under its
 * name), quads read and written (a quad read twice, such as an entity description that
 * several articles repeat, is stored once), and the transactions it took (one for a small
 * input or a bulk load; one per batch of whole graphs for a large N-Quads or TriG input
 * into a store that holds data).
 */
public record LoadReport(long graphs, long quads, int transactions) {
}
