package org.dipkg.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The real articles the tests start from: data/articles and this package's test articles. */
final class Articles {
    static final String GENEVA = "2022-01-10-us-russia-geneva-talks";

    private Articles() {
    }

    static Path root() {
        return Path.of(System.getProperty("dipkg.root", ".")).toAbsolutePath();
    }

    static Path geneva() {
        return root().resolve("data/articles/" + GENEVA + ".txt");
    }

    static Path resource(String name) {
        return root().resolve("src/test/resources/org/dipkg/reliability/" + name);
    }

    /** Every article file. */
    static List<Path> files() {
        List<Path> out = new ArrayList<>(List.of(geneva()));
        try (Stream<Path> s = Files.list(resource("articles"))) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String text(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path p, String text) {
        try {
            return Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path p, byte[] bytes) {
        try {
            return Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
