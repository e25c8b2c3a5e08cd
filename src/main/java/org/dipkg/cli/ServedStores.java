package org.dipkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Where a store is being served: {@code serve} and {@code up} write the endpoint's address
 * and their process id into the store folder while they serve it, so that {@code query --db}
 * on that store, which the server holds, can send the query to the server instead.
 *
 * <pre>
 *   ServedStores.record(db, server.endpointUrl());     // when serving starts
 *   Optional&lt;String&gt; endpoint = ServedStores.endpoint(db);   // from another process
 *   ServedStores.forget(db);                             // when serving stops
 * </pre>
 */
final class ServedStores {
    /** The file in the store folder: the endpoint URL on the first line, the process id on the second. */
    static final String FILE = "dipkg-endpoint.txt";

    private ServedStores() {
    }

    /** Notes that this process serves {@code db} at {@code endpoint}; a failure to write is not fatal. */
    static void record(Path db, String endpoint) {
        Path file = db.resolve(FILE);
        Path tmp = db.resolve(FILE + ".tmp");
        try {
            Files.writeString(tmp, endpoint + "\n" + ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to do: query --db then says what to type instead
            }
        }
    }

    /** Removes the note of this process, if it is this process's. */
    static void forget(Path db) {
        Path file = db.resolve(FILE);
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() >= 2 && lines.get(1).trim().equals(String.valueOf(ProcessHandle.current().pid()))) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException ignored) {
            // no note, or unreadable: nothing to remove
        }
    }

    /** The endpoint of the live process serving {@code db}, if one noted it; a stale note is ignored. */
    static Optional<String> endpoint(Path db) {
        Path file = db.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).startsWith("http")) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(1).trim());
            boolean alive = pid != ProcessHandle.current().pid()
                    && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return alive ? Optional.of(lines.get(0).trim()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
