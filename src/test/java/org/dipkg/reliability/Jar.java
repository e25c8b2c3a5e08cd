package org.dipkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code java -jar target/dipkg.jar} as a separate process, for what needs one: two
 * processes on one store, a JVM that may fault on a full disk, a server to stop and start.
 */
final class Jar {
    private static final Pattern URL = Pattern.compile("at (http://localhost:(\\d+)/)");

    private Jar() {
    }

    static Path path() {
        Path jar = Path.of(System.getProperty("dipkg.jar", "target/dipkg.jar"));
        assertThat(jar).as("the runnable jar (mvn package)").exists();
        return jar;
    }

    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", path().toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Runs a command to its end; output and error are merged. */
    static Cli.Run run(Path dir, Duration limit, String... args) {
        try {
            Path log = Files.createTempFile(dir, "run", ".log");
            Process p = new ProcessBuilder(command(args)).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("dipkg " + String.join(" ", args) + " ran longer than " + limit + ":\n"
                        + Files.readString(log));
            }
            String text = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            return new Cli.Run(p.exitValue(), text, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A running {@code dipkg serve}; {@link #close()} stops it as Ctrl-C would. */
    static final class Server implements AutoCloseable {
        final Process process;
        final Path log;
        final String base;

        private Server(Process process, Path log, String base) {
            this.process = process;
            this.log = log;
            this.base = base;
        }

        static Server start(Path dir, String... args) {
            try {
                Path log = Files.createTempFile(dir, "serve", ".log");
                List<String> all = new ArrayList<>(List.of("serve", "--port", "0"));
                all.addAll(List.of(args));
                Process p = new ProcessBuilder(command(all.toArray(String[]::new))).directory(dir.toFile())
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (System.nanoTime() < deadline) {
                    Matcher m = URL.matcher(Files.readString(log));
                    if (m.find()) {
                        return new Server(p, log, m.group(1));
                    }
                    if (!p.isAlive()) {
                        throw new AssertionError("dipkg serve stopped:\n" + Files.readString(log));
                    }
                    Thread.sleep(100);
                }
                p.destroyForcibly();
                throw new AssertionError("dipkg serve did not start:\n" + Files.readString(log));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        String endpoint() {
            return base + "dipkg/sparql";
        }

        String output() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
