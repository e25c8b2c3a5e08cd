package org.dipkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.riot.RiotException;

import org.dipkg.store.StoreException;
import org.dipkg.store.Tdb2Store;

/**
 * Opens stores for the commands and turns what TDB2 reports in its own terms (a lock
 * held by another process, a fault writing a memory-mapped file on a full disk) into
 * messages that name the store and say what to do.
 *
 * <pre>
 *   try (Tdb2Store store = Stores.existing(db)) { ... }
 *   Map&lt;String, Long&gt; counts = Stores.write(db, () -&gt; store.load(files));
 * </pre>
 */
final class Stores {
    private static final Pattern HOLDER = Pattern.compile("held by process (\\d+)");

    /** Work that writes to a store. */
    interface Work<T> {
        T run() throws StoreException;
    }

    private Stores() {
    }

    /** Opens a store, creating it when the folder is new or empty; a folder holding other files is refused. */
    static Tdb2Store open(Path db) throws StoreException {
        if (Files.isDirectory(db) && !isStore(db)) {
            try (Stream<Path> s = Files.list(db)) {
                if (s.findAny().isPresent()) {
                    throw new StoreException(db + ": the folder holds other files and is not a dipkg store; "
                            + "give a new or empty folder");
                }
            } catch (IOException e) {
                throw new StoreException(db + ": cannot read the folder: " + org.dipkg.ingest.Problems.reason(e), e);
            }
        }
        try {
            return Tdb2Store.open(db);
        } catch (StoreException | RuntimeException | InternalError e) {
            throw explain(db, e);
        }
    }

    /** Opens a store that must already exist: querying a folder never creates a store in it. */
    static Tdb2Store existing(Path db) throws StoreException {
        if (!Files.exists(db)) {
            throw new StoreException(db + ": no store here; create one with 'dipkg load' or 'dipkg up'");
        }
        if (!Files.isDirectory(db)) {
            throw new StoreException(db + ": is a file, not a store folder");
        }
        try (Stream<Path> s = Files.list(db)) {
            if (s.noneMatch(p -> p.getFileName().toString().startsWith("Data-") && Files.isDirectory(p))) {
                throw new StoreException(db + ": not a dipkg store (no Data-NNNN folder in it); create one with "
                        + "'dipkg load' or 'dipkg up'");
            }
        } catch (IOException e) {
            throw new StoreException(db + ": cannot read the store folder: " + org.dipkg.ingest.Problems.reason(e), e);
        }
        return open(db);
    }

    /** Whether the folder holds a TDB2 store (a Data-NNNN folder). */
    private static boolean isStore(Path db) {
        try (Stream<Path> s = Files.list(db)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-") && Files.isDirectory(p));
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs work that writes to the store at {@code db}, explaining low-level failures. */
    static <T> T write(Path db, Work<T> work) throws StoreException {
        try {
            return work.run();
        } catch (StoreException | RuntimeException | InternalError e) {
            throw explain(db, e);
        }
    }

    /** Whether the failure is that another process holds the store. */
    static boolean inUse(Throwable e) {
        return says(e, "the store is in use by another process") || says(e, "held by process");
    }

    static StoreException explain(Path db, Throwable e) {
        boolean parse = isParseError(e);
        boolean full = !parse && (says(e, "No space left on device") || says(e, "unsafe memory access")
                || diskFull(db));
        if (says(e, "held by process") || says(e, "Failed to get a lock") && !full) {
            Matcher pid = HOLDER.matcher(String.valueOf(messages(e)));
            return new StoreException(db + ": the store is in use by another process"
                    + (pid.find() ? " (pid " + pid.group(1) + ")" : "")
                    + "; a store is used by one process at a time: stop the 'dipkg serve' or 'dipkg up' "
                    + "that holds it, or query it through that server's SPARQL endpoint", e);
        }
        if (full) {
            return new StoreException(db + ": no space left on the disk holding the store; nothing was "
                    + "written (the store is as it was before this command). Free some space and run it again", e);
        }
        if (e instanceof StoreException s) {
            return s;
        }
        String m = e.getMessage();
        return new StoreException(db + ": " + (m == null || m.isBlank() ? e.getClass().getSimpleName() : m), e);
    }

    private static boolean says(Throwable e, String text) {
        return messages(e).contains(text);
    }

    private static String messages(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 10_000; t = t.getCause()) {
            b.append(t.getMessage()).append('\n');
        }
        return b.toString();
    }

    private static boolean isParseError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RiotException) {
                return true;
            }
        }
        return false;
    }

    private static boolean diskFull(Path db) {
        try {
            Path p = db.toAbsolutePath();
            while (p != null && !Files.exists(p)) {
                p = p.getParent();
            }
            return p != null && Files.getFileStore(p).getUsableSpace() < 64 * 1024;
        } catch (IOException | RuntimeException ignored) {
            return false;
        }
    }
}
