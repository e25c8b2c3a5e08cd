package org.dipkg.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** A one-column word list with a header row from {@code org/dipkg/nlp/} on the classpath. */
final class WordList {
    private WordList() {
    }

    /** The data rows of a word list (after the header), comments and blank lines left out. */
    static java.util.List<String> rows(String name) {
        InputStream in = WordList.class.getClassLoader().getResourceAsStream("org/dipkg/nlp/" + name);
        if (in == null) {
            throw new IllegalStateException(name + ": word list not found on the classpath");
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
        return out;
    }

    static Set<String> load(String name) {
        Set<String> out = new HashSet<>();
        for (String line : rows(name)) {
            out.add(line.strip());
        }
        return Set.copyOf(out);
    }
}
