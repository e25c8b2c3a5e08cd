package org.dipkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The real articles shipped in the repository (text files and JSON Lines corpora under
 * the folders given), as titles and paragraphs: the material the generator recombines.
 */
record SourceTexts(List<String> titles, List<String> paragraphs) {

    static SourceTexts read(List<Path> folders) {
        List<String> titles = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    String n = f.getFileName().toString();
                    if (n.endsWith(".txt")) {
                        addDocument(Files.readString(f, StandardCharsets.UTF_8), titles, paragraphs);
                    } else if (n.endsWith(".jsonl")) {
                        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                            addJsonLine(line, titles, paragraphs);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (paragraphs.isEmpty()) {
            throw new IllegalStateException("no articles found under " + folders);
        }
        return new SourceTexts(List.copyOf(titles), List.copyOf(paragraphs));
    }

    /** A text article: the title on the first line, a blank line, then paragraphs. */
    private static void addDocument(String text, List<String> titles, List<String> paragraphs) {
        String[] blocks = text.replace("\r\n", "\n").split("\n\\s*\n");
        if (blocks.length < 3) {
            return;
        }
        titles.add(blocks[0].strip());
        for (int i = 1; i < blocks.length; i++) {
            for (String line : blocks[i].split("\n")) {
                if (line.strip().split("\\s+").length >= 6) {
                    paragraphs.add(line.strip());
                }
            }
        }
    }

    private static void addJsonLine(String line, List<String> titles, List<String> paragraphs) {
        if (line.isBlank()) {
            return;
        }
        try {
            JsonObject o = JSON.parse(line);
            if (!o.hasKey("text")) {
                return;
            }
            String title = o.hasKey("title") ? o.get("title").getAsString().value() : "";
            addDocument(title + "\n\n" + o.get("text").getAsString().value(), titles, paragraphs);
        } catch (RuntimeException e) {
            // not an article line: skip
        }
    }
}
