package org.dipkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * What a set of N-Quads shards holds, as a store loaded from them must: the distinct quads,
 * the article graphs and the entities graph's quads. Each article's graph is whole in one
 * shard (so its quads are told apart while it is read, and memory holds one article's
 * graph and the entities graph, never the corpus); an article graph found in two places is
 * an error of the shards.
 *
 * <pre>
 *   ShardContents c = ShardContents.read(shards);   // c.quads(), c.graphs(), c.entities()
 * </pre>
 */
public record ShardContents(long quads, long graphs, long entities) {
    /** Reads the shards; a graph split between shards, or a file that is not N-Quads, is refused. */
    public static ShardContents read(List<Path> shards) throws StoreException {
        Counter c = new Counter();
        for (Path f : shards) {
            c.file = f;
            try (InputStream in = Files.newInputStream(f)) {
                RDFParser.source(in).lang(Lang.NQUADS).errorHandler(ParseErrors.HANDLER).parse(c);
            } catch (IOException e) {
                throw new StoreException(f + ": cannot read: " + e.getMessage(), e);
            } catch (RiotException e) {
                throw new StoreException(f + ": " + e.getMessage(), e);
            }
            c.close();
            if (c.split != null) {
                throw new StoreException(c.split);
            }
        }
        return new ShardContents(c.articleQuads + c.entityQuads.size(), c.done.size(), c.entityQuads.size());
    }

    private static final class Counter extends StreamRDFBase {
        private final Set<Quad> entityQuads = new HashSet<>();
        private final Set<Node> done = new HashSet<>();
        private final Set<Quad> current = new HashSet<>();
        private Node graph;
        private long articleQuads;
        private Path file;
        private String split;

        @Override
        public void quad(Quad q) {
            Node g = q.getGraph();
            if (g.equals(Tdb2Store.ENTITIES)) {
                entityQuads.add(q);
                return;
            }
            if (!g.equals(graph)) {
                close();
                if (!done.add(g) && split == null) {
                    split = file + ": the graph " + g.getURI() + " is also in an earlier place of the shards; "
                            + "each article's graph must be whole in one shard";
                }
                graph = g;
            }
            current.add(q);
        }

        void close() {
            articleQuads += current.size();
            current.clear();
            graph = null;
        }
    }
}
