package org.dipkg.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Memory: {@code dipkg serve} in its own JVM with {@code -Xmx1g} over a store, answering the
 * query mix from 8 clients for a while. Prints queries answered, failures, whether the
 * server ran out of memory (its log), and its peak resident memory; exits non-zero when a
 * query failed. Arguments after the seconds go to {@code dipkg serve} (such as
 * {@code --timeout 600}, so that slow queries run to their end and use all the memory they need).
 *
 * <pre>
 *   java -cp ... org.dipkg.bench.MemoryBench target/dipkg.jar STORE queries 120 [--timeout 600]
 * </pre>
 */
public final class MemoryBench {
    private MemoryBench() {
    }

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        Path store = Path.of(args[1]);
        Path queries = Path.of(args[2]);
        Duration length = Duration.ofSeconds(Long.parseLong(args[3]));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        System.out.println("# machine: " + Machine.describe() + "; store " + store + " ("
                + (Stores.size(store) >> 20) + " MiB)");
        List<String> command = new ArrayList<>(List.of(GrowthBench.javaBin(), "-Xmx1g", "-jar", jar, "serve",
                "--db", store.toString(), "--port", Integer.toString(port)));
        command.addAll(Arrays.asList(args).subList(4, args.length));
        File log = new File(store + ".serve.log");
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        int failures = 0;
        try {
            awaitPort(port, server);
            String endpoint = "http://localhost:" + port + "/dipkg/sparql";
            LoadClient client = new LoadClient(QueryBench.mix(queries));
            client.warm(endpoint);
            LoadClient.Result r = client.run(endpoint, 8, length);
            failures = r.errors();
            boolean outOfMemory = Files.readString(log.toPath()).contains("OutOfMemoryError");
            System.out.printf("memory heap=1g clients=8 serve_args=%s done=%d errors=%d queries_per_s=%.2f p50_ms=%.0f "
                            + "p99_ms=%.0f out_of_memory=%s server_peak_rss_mib=%d alive=%s load=%s%n",
                    String.join(",", Arrays.asList(args).subList(4, args.length)), r.done(), r.errors(), r.perSecond(),
                    r.p50Ms(), r.p99Ms(), outOfMemory, peakRssMib(server.pid()), server.isAlive(), Machine.load());
        } finally {
            server.destroy();
            server.waitFor();
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    private static void awaitPort(int port, Process server) throws InterruptedException, IOException {
        for (int i = 0; i < 600; i++) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server stopped; see its log");
            }
            try (Socket s = new Socket("localhost", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new IOException("the server did not listen on " + port);
    }

    private static long peakRssMib(long pid) throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (l.startsWith("VmHWM")) {
                return Long.parseLong(l.replaceAll("\\D", "")) >> 10;
            }
        }
        return -1;
    }
}
