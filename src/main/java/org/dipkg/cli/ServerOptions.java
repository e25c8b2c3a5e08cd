package org.dipkg.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;

import picocli.CommandLine;
import picocli.CommandLine.Option;

import org.dipkg.serve.DipkgServer;

/** The endpoint's options, shared by {@code serve} and {@code up}. */
final class ServerOptions {
    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = DipkgServer.LOOPBACK,
            description = "Address to listen on; 0.0.0.0 for every interface (behind a proxy, or to serve "
                    + "the network). Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    /** Reads a port number: 0 to 65535, else a usage error. */
    static final class PortConverter implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int port;
            try {
                port = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a port number");
            }
            if (port < 0 || port > 65535) {
                throw new CommandLine.TypeConversionException("port " + port + " is out of range 0-65535");
            }
            return port;
        }
    }

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", converter = PortConverter.class,
            description = "HTTP port (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Query timeout. Default: ${DEFAULT-VALUE} s.")
    int timeout;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
            description = "Most rows a SELECT returns; a cut result says so in the X-Dipkg-Result-Truncated header. "
                    + "Default: ${DEFAULT-VALUE}.")
    int maxRows;

    @Option(names = "--queries-at-once", paramLabel = "N",
            description = "Places: most queries that run at once besides the long lane (--long-queries); others "
                    + "wait their turn up to the timeout, then get 503. Bounds the memory queries take whatever "
                    + "the number of clients. Default: twice the cores.")
    Integer queriesAtOnce;

    @Option(names = "--queries-per-client", paramLabel = "N",
            description = "Most of those places one client address holds while others wait "
                    + "(alone it may use them all). Default: half of --queries-at-once.")
    Integer queriesPerClient;

    @Option(names = "--long-queries", paramLabel = "N",
            description = "Places of the long lane: a query running longer than --long-after leaves its place for "
                    + "one, and one that did lately starts in one; when they are all taken, the first is stopped "
                    + "and the second refused at once (503). Default: half of --queries-at-once.")
    Integer longQueries;

    @Option(names = "--long-after", paramLabel = "SECONDS",
            description = "When a running query counts as long. Default: a third of --timeout.")
    Double longAfter;

    @Option(names = "--base", paramLabel = "URL",
            description = "Public base URL that entity IRIs (https://w3id.org/dipkg/id/...) are served under. "
                    + "Default: http://localhost:PORT/.")
    String base;

    @Option(names = "--allow-service", paramLabel = "URL-PREFIX",
            description = "Allow SPARQL SERVICE calls to endpoints under this prefix (repeatable). Default: none.")
    List<String> allowService = new ArrayList<>();

    DipkgServer build(Dataset dataset) {
        DipkgServer.Builder b = DipkgServer.create().dataset(dataset).host(host).port(port)
                .timeout(Duration.ofSeconds(timeout)).maxRows(maxRows).allowService(allowService);
        if (base != null) {
            b.base(base);
        }
        if (queriesAtOnce != null) {
            b.queriesAtOnce(queriesAtOnce);
        }
        if (queriesPerClient != null) {
            b.queriesPerClient(queriesPerClient);
        }
        if (longQueries != null) {
            b.longQueries(longQueries);
        }
        if (longAfter != null) {
            b.longAfter(Duration.ofMillis(Math.round(longAfter * 1000)));
        }
        return b.build();
    }
}
