package org.dipkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON-LD file whose context is a URL is refused by load, query --data and validate, with
 * the URL in the message: no connection is made, no local file is read.
 */
class JsonLdContextsTest {
    @Test
    void remoteContextIsNeverFetched(@TempDir Path tmp) throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger calls = new AtomicInteger();
            Thread listener = new Thread(() -> {
                try {
                    silent.setSoTimeout(100);
                    while (!silent.isClosed()) {
                        try (Socket s = silent.accept()) {
                            calls.incrementAndGet();
                        } catch (SocketTimeoutException e) {
                            // keep listening
                        }
                    }
                } catch (Exception e) {
                    // closed
                }
            });
            listener.start();
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/context.jsonld";
            Path doc = document(tmp, "remote.jsonld", url);
            assertRefused(tmp, doc, url);
            assertThat(calls).hasValue(0);
            silent.close();
            listener.join();
        }
    }

    @Test
    void fileContextIsNeverRead(@TempDir Path tmp) throws Exception {
        Path context = tmp.resolve("context.jsonld");
        Files.writeString(context, "{\"@context\": {\"name\": \"http://schema.org/name\"}}");
        String url = context.toUri().toString();
        assertRefused(tmp, document(tmp, "local.jsonld", url), url.replace("file:///", "file:/"));
    }

    @Test
    void inlineContextWorks(@TempDir Path tmp) throws Exception {
        Path doc = tmp.resolve("inline.jsonld");
        Files.writeString(doc, "{\"@context\": {\"name\": \"http://schema.org/name\"}, "
                + "\"@id\": \"https://w3id.org/dipkg/id/person/x\", \"name\": \"X\"}");
        Cli q = Cli.run("query", "--data", doc.toString(), "--format", "csv", "-e", "SELECT ?n { ?s ?p ?n }");
        assertThat(q.exit()).as(q.err()).isZero();
        assertThat(q.out()).contains("X");
    }

    private static Path document(Path dir, String name, String contextUrl) throws Exception {
        Path doc = dir.resolve(name);
        Files.writeString(doc, "{\"@context\": \"" + contextUrl + "\", "
                + "\"@id\": \"https://w3id.org/dipkg/id/person/x\", \"name\": \"X\"}");
        return doc;
    }

    private static void assertRefused(Path tmp, Path doc, String url) {
        Cli load = Cli.run("load", "--db", tmp.resolve("db").toString(), doc.toString());
        Cli query = Cli.run("query", "--data", doc.toString(), "-e", "SELECT * { ?s ?p ?o }");
        Cli validate = Cli.run("validate", doc.toString());
        for (Cli c : new Cli[] {load, query, validate}) {
            assertThat(c.exit()).as(c.err()).isEqualTo(1);
            assertThat(c.err()).contains(url).contains("not loaded");
            assertThat(c.out()).doesNotContain("\"X\"");
        }
    }
}
