package org.dipkg.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;

/**
 * Runs the server over the test data, with the third article of the pictures, in
 * a fresh TDB2 store, for trying the pages by hand and for the screenshot scripts
 * in {@code .ci/}. Prints the base URL on one line, then serves until stopped;
 * the store is deleted on exit.
 *
 * <pre>
 *   java -cp target/classes:target/test-classes:$(cat target/classpath.txt) org.dipkg.serve.DemoServer [PORT]
 * </pre>
 */
public final class DemoServer {
    private DemoServer() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        Path store = Files.createTempDirectory("dipkg-demo");
        Dataset dataset = Fixture.withPictures(store);
        DipkgServer server = Fixture.server(dataset).port(port).build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            delete(store);
        }));
        System.out.println(server.baseUrl());
        System.out.flush();
        Thread.currentThread().join();
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + dir + ": " + e.getMessage());
        }
    }
}
