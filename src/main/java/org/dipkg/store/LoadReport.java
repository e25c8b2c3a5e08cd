package org.dipkg.store;

/**
 * What a load did: graphs written (each replacing what the store held under its name),
 * quads written, and the transactions it took (one for a small input; one per batch of
 * whole graphs for a large N-Quads or TriG input).
 */
public record LoadReport(long graphs, long quads, int transactions) {
}
