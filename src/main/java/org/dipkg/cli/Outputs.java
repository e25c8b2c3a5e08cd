package org.dipkg.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.dipkg.ingest.Problems;

/**
 * Output files written whole or not at all: data goes to a temporary file beside the
 * target ({@code .NAME.part}), moved into place only when the command succeeds and
 * deleted when it does not. A symbolic link stays a link (its file is replaced), and a
 * device or pipe such as /dev/null is written directly. A write that fails (a full disk, a folder that cannot be
 * written) is an {@link OutputException} naming the target.
 */
final class Outputs {
    private Outputs() {
    }

    /** A target file that cannot be written; the message names it and says why. */
    static final class OutputException extends IOException {
        OutputException(Path target, IOException cause) {
            super(target + ": cannot write: " + Problems.reason(cause), cause);
        }
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
        Path real = real(target);
        if (isDevice(real)) {
            try {
                return new Guarded(target, Files.newOutputStream(real));
            } catch (IOException e) {
                throw new OutputException(target, e);
            }
        }
        Path dir = real.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException(target + ": cannot write: the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(real)) {
            throw new IOException(target + ": cannot write: it is a folder, not a file");
        }
        if (isReadOnly(real)) {
            throw new IOException(target + ": cannot write: the file is read-only");
        }
        try {
            return new Guarded(target, Files.newOutputStream(temp(real)));
        } catch (IOException e) {
            throw new OutputException(target, e);
        }
    }

    /** Moves the finished temporary file into place ({@code keep}), or deletes it. */
    static void commit(Path target, boolean keep) throws IOException {
        if (target == null || isDevice(real(target))) {
            return;
        }
        Path real = real(target);
        Path tmp = temp(real);
        if (!keep) {
            Files.deleteIfExists(tmp);
            return;
        }
        try {
            try {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw new OutputException(target, e);
        }
    }

    /** A file without write permission for its owner (checked by mode, since root may write anything). */
    static boolean isReadOnly(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        try {
            return !Files.getPosixFilePermissions(file)
                    .contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return !Files.isWritable(file);
        }
    }

    static Path temp(Path target) {
        Path abs = target.toAbsolutePath();
        return abs.resolveSibling("." + abs.getFileName() + ".part");
    }

    /** The file a symbolic link points to, so that the link stays a link. */
    private static Path real(Path target) {
        if (Files.isSymbolicLink(target)) {
            try {
                return target.toRealPath();
            } catch (IOException e) {
                return target;
            }
        }
        return target;
    }

    /** A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written as it is: there is nothing to move. */
    private static boolean isDevice(Path p) {
        return Files.exists(p) && !Files.isRegularFile(p) && !Files.isDirectory(p);
    }

    /** Buffers writes and names the target when one fails. */
    private static final class Guarded extends BufferedOutputStream {
        private final Path target;

        Guarded(Path target, OutputStream out) {
            super(out, 1 << 16);
            this.target = target;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            try {
                super.write(b);
            } catch (OutputException e) {
                throw e;
            } catch (IOException e) {
                throw new OutputException(target, e);
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            try {
                super.write(b, off, len);
            } catch (OutputException e) {
                throw e;
            } catch (IOException e) {
                throw new OutputException(target, e);
            }
        }

        @Override
        public synchronized void flush() throws IOException {
            try {
                super.flush();
            } catch (OutputException e) {
                throw e;
            } catch (IOException e) {
                throw new OutputException(target, e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } catch (OutputException e) {
                throw e;
            } catch (IOException e) {
                throw new OutputException(target, e);
            }
        }
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
