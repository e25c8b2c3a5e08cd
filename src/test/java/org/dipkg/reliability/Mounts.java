package org.dipkg.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Small tmpfs file systems, to make a disk that is full or read-only for real: the tests
 * run as root, which file modes do not stop. Where mounting is not allowed (no root, no
 * CAP_SYS_ADMIN) the test is skipped with that reason.
 */
final class Mounts implements AutoCloseable {
    private final List<Path> mounted = new ArrayList<>();

    /** A tmpfs of {@code size} (e.g. "1m") at {@code dir}, with more mount options when given. */
    Path tmpfs(Path dir, String size, String... options) {
        String opts = "size=" + size + (options.length == 0 ? "" : "," + String.join(",", options));
        String out = run("mount", "-t", "tmpfs", "-o", opts, "tmpfs", mkdirs(dir).toString());
        Assumptions.assumeTrue(out == null, "cannot mount a tmpfs here (this needs root with CAP_SYS_ADMIN): " + out);
        mounted.add(dir);
        return dir;
    }

    void readOnly(Path dir) {
        String out = run("mount", "-o", "remount,ro", dir.toString());
        Assumptions.assumeTrue(out == null, "cannot remount read-only: " + out);
    }

    void writable(Path dir) {
        String out = run("mount", "-o", "remount,rw", dir.toString());
        if (out != null) {
            throw new IllegalStateException("cannot remount read-write: " + out);
        }
    }

    /** Fills a file system until no byte is left. */
    static void fill(Path dir) throws IOException {
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(dir.resolve("filler"))) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full, as wanted
        }
    }

    @Override
    public void close() {
        for (int i = mounted.size() - 1; i >= 0; i--) {
            run("umount", "-l", mounted.get(i).toString());
        }
        mounted.clear();
    }

    private static Path mkdirs(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a command; null when it succeeded, else its output. */
    private static String run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "timed out";
            }
            return p.exitValue() == 0 ? null : (out.isBlank() ? "exit " + p.exitValue() : out.strip());
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
