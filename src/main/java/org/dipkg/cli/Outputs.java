package org.dipkg.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Output files written whole or not at all: data goes to a temporary file beside the
 * target, moved into place only when the command succeeds.
 */
final class Outputs {
    private Outputs() {
    }

    static OutputStream open(Path target, PrintWriter stdout) throws IOException {
        if (target == null) {
            return new FilterOutputStream(new WriterOutputStream(stdout)) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException(target + ": the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new IOException(target + ": is a folder, not a file");
        }
        return new java.io.BufferedOutputStream(Files.newOutputStream(temp(target)), 1 << 16);
    }

    static void commit(Path target, boolean keep) throws IOException {
        if (target == null) {
            return;
        }
        Path tmp = temp(target);
        if (!keep) {
            Files.deleteIfExists(tmp);
            return;
        }
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void discard(Path target) {
        if (target != null) {
            try {
                Files.deleteIfExists(temp(target));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Path temp(Path target) {
        Path abs = target.toAbsolutePath();
        return abs.resolveSibling("." + abs.getFileName() + ".part");
    }

    /** Bytes to a PrintWriter (picocli's out), as UTF-8. */
    private static final class WriterOutputStream extends OutputStream {
        private final PrintWriter w;
        private final java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();

        WriterOutputStream(PrintWriter w) {
            this.w = w;
        }

        @Override
        public void write(int b) {
            buf.write(b);
            if (buf.size() > 1 << 16) {
                flush();
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            buf.write(b, off, len);
            if (buf.size() > 1 << 16) {
                flush();
            }
        }

        @Override
        public void flush() {
            byte[] bytes = buf.toByteArray();
            int keep = incompleteTail(bytes);
            w.write(new String(bytes, 0, bytes.length - keep, java.nio.charset.StandardCharsets.UTF_8));
            w.flush();
            buf.reset();
            buf.write(bytes, bytes.length - keep, keep);
        }

        /** Bytes at the end that start a UTF-8 sequence not yet complete. */
        private static int incompleteTail(byte[] b) {
            for (int k = 1; k <= Math.min(3, b.length); k++) {
                int c = b[b.length - k] & 0xff;
                if ((c & 0xc0) == 0xc0) {
                    int need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
                    return need > k ? k : 0;
                }
                if ((c & 0x80) == 0) {
                    return 0;
                }
            }
            return 0;
        }
    }
}
