package org.dipkg.serve;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dipkg server: a read-only SPARQL endpoint over the knowledge graph with its
 * Service Description, VoID, Graph Store reads, dereferenceable entity IRIs, the
 * ontology, a query page, and pictures of the meetings (a timeline and a network).
 * The SPARQL default graph is the union of the named graphs (one per article).
 *
 * <pre>
 *   DipkgServer server = DipkgServer.create()
 *       .dataset(dataset)
 *       .port(3030)
 *       .timeout(Duration.ofSeconds(30))
 *       .maxRows(10_000)
 *       .allowService(List.of("http://other:3031/ds/sparql"))
 *       .build();
 *   server.start();
 *   String endpoint = server.endpointUrl();   // http://localhost:3030/dipkg/sparql
 *   server.stop();
 * </pre>
 */
public final class DipkgServer {
    /** The dataset's name: SPARQL at {@code /dipkg/sparql}, Graph Store reads at {@code /dipkg/data}. */
    public static final String DATASET = "/dipkg";
    private static final Logger LOG = LoggerFactory.getLogger(DipkgServer.class);

    /** The address listened on unless another is asked for: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";

    private final FusekiServer fuseki;
    private final QueryGate gate;
    private final String base;
    private final String host;

    private DipkgServer(FusekiServer fuseki, QueryGate gate, String base, String host) {
        this.fuseki = fuseki;
        this.gate = gate;
        this.base = base;
        this.host = host;
    }

    public static Builder create() {
        return new Builder();
    }

    public DipkgServer start() {
        fuseki.start();
        LOG.info("Serving {} with the SPARQL endpoint {}", baseUrl(), endpointUrl());
        return this;
    }

    /** Stops the running queries, waits for them to end (a few seconds at most), then stops serving. */
    public void stop() {
        gate.stopAll();
        try {
            if (!gate.awaitIdle(Duration.ofSeconds(5))) {
                LOG.warn("Stopping with queries still running");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        fuseki.stop();
    }

    /** The port listened on, also when 0 was asked for. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The SPARQL endpoint on this machine: {@code http://localhost:PORT/dipkg/sparql}. */
    public String endpointUrl() {
        return localUrl() + DATASET.substring(1) + "/sparql";
    }

    /** This server's root: {@code http://localhost:PORT/} on loopback or every interface, else its address. */
    public String localUrl() {
        boolean local = host.equals(LOOPBACK) || host.equals("localhost") || host.equals("0.0.0.0")
                || host.equals("::") || host.equals("::1");
        String name = local ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        return "http://" + name + ":" + port() + "/";
    }

    /** The address listened on. */
    public String host() {
        return host;
    }

    /** The public base entity IRIs are served under: the configured one, or {@link #localUrl()}. */
    public String baseUrl() {
        return base != null ? ServedIris.at(base).base() : localUrl();
    }

    /** Builds a {@link DipkgServer}; only the dataset is required. */
    public static final class Builder {
        private Dataset dataset;
        private int port = 3030;
        private Duration timeout = Duration.ofSeconds(30);
        private int maxRows = 10_000;
        private int queriesAtOnce = QueryGate.defaultAtOnce();
        private Integer perClient;
        private Integer longAtOnce;
        private Duration longAfter;
        private String host = LOOPBACK;
        private String base;
        private List<String> allowService = List.of();
        private String ontology = "org/dipkg/ontology/dipkg.ttl";
        private String eventCodes = "org/dipkg/ontology/events.ttl";
        private String queries = "org/dipkg/queries";

        private Builder() {
        }

        /** The store, one named graph per article; its default graph is set to be their union. */
        public Builder dataset(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** The HTTP port; 0 picks a free one. Default 3030. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** The longest a query may run before it is stopped. Default 30 seconds. */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** The most rows a SELECT answers with. Default 10,000. */
        public Builder maxRows(int maxRows) {
            if (maxRows < 1) {
                throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
            }
            this.maxRows = maxRows;
            return this;
        }

        /**
         * The most queries (and Graph Store reads) that run at once; others wait for a place
         * up to the timeout, then get 503. Default twice the cores, at least 2.
         */
        public Builder queriesAtOnce(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("queriesAtOnce must be positive: " + n);
            }
            this.queriesAtOnce = n;
            return this;
        }

        /**
         * The most places one client (by address) holds while others wait; alone it may use
         * them all. Default half of {@link #queriesAtOnce}, at least 1.
         */
        public Builder queriesPerClient(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("queriesPerClient must be positive: " + n);
            }
            this.perClient = n;
            return this;
        }

        /**
         * The places of the long lane: queries past {@link #longAfter} leave their place for one
         * of these, and a query that ran long lately starts in one; when they are all taken, a
         * query that becomes long is stopped, and one that ran long lately is refused at once
         * (503). Default: half of {@link #queriesAtOnce}, at least 1.
         */
        public Builder longQueries(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("longQueries must be positive: " + n);
            }
            this.longAtOnce = n;
            return this;
        }

        /** How long a query runs before it counts as long. Default a third of the timeout. */
        public Builder longAfter(Duration after) {
            if (after.isNegative() || after.isZero()) {
                throw new IllegalArgumentException("longAfter must be positive: " + after);
            }
            this.longAfter = after;
            return this;
        }

        /** The address to listen on: an IP address or host name; 0.0.0.0 for every interface. Default 127.0.0.1. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The public base URL entity IRIs map to; default {@code http://localhost:PORT/}. */
        public Builder base(String base) {
            this.base = base;
            return this;
        }

        /** URL prefixes that SERVICE may call; none by default. */
        public Builder allowService(List<String> prefixes) {
            ServiceAllowList.of(prefixes);
            this.allowService = List.copyOf(prefixes);
            return this;
        }

        /** Classpath resource of the ontology in Turtle. Default {@code org/dipkg/ontology/dipkg.ttl}. */
        public Builder ontology(String classpathResource) {
            this.ontology = Objects.requireNonNull(classpathResource);
            return this;
        }

        /** Classpath folder of the named queries ({@code *.rq}). Default {@code org/dipkg/queries}. */
        public Builder queries(String classpathFolder) {
            this.queries = Objects.requireNonNull(classpathFolder);
            return this;
        }

        public DipkgServer build() {
            Objects.requireNonNull(dataset, "dataset");
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            DatasetGraph dsg = dataset.asDatasetGraph();
            ServiceAllowList allowList = ServiceAllowList.of(allowService);
            QueryGate.Limits limits = new QueryGate.Limits(queriesAtOnce,
                    perClient != null ? perClient : QueryGate.defaultPerClient(queriesAtOnce),
                    QueryGate.DEFAULT_WAITING_PER_CLIENT,
                    longAtOnce != null ? longAtOnce : QueryGate.defaultLongAtOnce(queriesAtOnce),
                    longAfter != null ? longAfter : timeout.dividedBy(3), timeout);
            QueryGate gate = new QueryGate(limits);
            StaticServlet pages = new StaticServlet();
            PicturesServlet pictures = new PicturesServlet(base);
            FusekiServer fuseki = FusekiServer.create()
                    .numServerThreads(2, QueryGate.serverThreads(limits))
                    .fusekiModules(FusekiModules.empty())
                    .port(port)
                    .add(DATASET, dataService(dsg, allowList, limits.mostRunning()))
                    .addFilter("/*", new RequestLimitFilter(timeout))
                    .addFilter("/*", new CorsFilter())
                    .addFilter("/*", new SecurityHeadersFilter())
                    .addFilter(DATASET + "/*", new ReadOnlyFilter())
                    .addFilter(DATASET + "/*", new QueryCheckFilter())
                    .addFilter(DATASET + "/*", gate)
                    .addServlet("", pages)
                    .addServlet("/timeline", pictures)
                    .addServlet("/network", pictures)
                    .addServlet(StaticServlet.PREFIX + "*", pages)
                    .addServlet(StaticServlet.FAVICON, pages)
                    .addServlet(EntityServlet.PREFIX + "*", new EntityServlet(dsg, base))
                    .addServlet("/ontology", OntologyServlet.fromClasspath(ontology, eventCodes, base))
                    .addServlet(VoidServlet.PATH, new VoidServlet(dsg, base))
                    .addServlet(QueriesServlet.PREFIX + "/*",
                            new QueriesServlet(QueryCatalog.fromClasspath(queries), base))
                    .build();
            for (Connector c : fuseki.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector connector) {
                    connector.setHost(host);
                }
            }
            return new DipkgServer(fuseki, gate, base, host);
        }

        /**
         * Rows a sort or DISTINCT keeps in memory before it spills to disk: a quarter of the
         * heap shared among the queries that may run at once (the places and the long lane),
         * each with a sort and a DISTINCT, at 1 KiB a row (rows of long literals take that),
         * and at least 10,000. 1 GiB and 6 queries at once: 21,845 rows; 4 GiB: 87,381.
         */
        static long spillRows(long maxHeapBytes, int mostRunning) {
            return Math.max(10_000, maxHeapBytes / 4 / (2L * mostRunning * 1024));
        }

        private DataService dataService(DatasetGraph dsg, ServiceAllowList allowList, int mostRunning) {
            Context context = new Context();
            context.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            // ORDER BY and DISTINCT beyond this many rows go to temporary files, not the heap.
            // (ARQ's top-N sort, used for a LIMIT under 1,000, is not raised to the row cap:
            // with DISTINCT it scans its whole heap for every row, far slower than a full sort.)
            context.set(ARQ.spillToDiskThreshold, spillRows(Runtime.getRuntime().maxMemory(), mostRunning));
            allowList.applyTo(context);
            Endpoint sparql = Endpoint.create()
                    .operation(Operation.Query)
                    .endpointName("sparql")
                    .processor(new CappedQueryProcessor(maxRows, base, !allowList.isEmpty()))
                    .context(context)
                    .build();
            Endpoint data = Endpoint.create()
                    .operation(Operation.GSP_R)
                    .endpointName("data")
                    .processor(new UnionDefaultGsp())
                    .build();
            return DataService.newBuilder(dsg).addEndpoint(sparql).addEndpoint(data).build();
        }
    }
}
