package org.dipkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packages form a pipeline: each imports only those before it, and the language
 * stages (model, nlp, extract) and the event coding import neither Jena nor RDF4J.
 */
class ArchitectureTest {
    private static final List<String> ORDER = List.of("model", "ingest", "nlp", "extract", "link", "coding", "rdf",
            "store", "spark", "serve",
            "cli");
    private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void packagesImportOnlyEarlierStages() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Path, String> e : sources().entrySet()) {
            String pkg = e.getKey().getParent().getFileName().toString();
            int level = ORDER.indexOf(pkg);
            Matcher m = IMPORT.matcher(e.getValue());
            while (m.find()) {
                String imp = m.group(2);
                if (imp.startsWith("org.dipkg.")) {
                    String target = imp.split("\\.")[2];
                    int t = ORDER.indexOf(target);
                    if (t > level) {
                        problems.add(e.getKey() + " imports " + imp);
                    }
                }
                boolean language = pkg.equals("model") || pkg.equals("nlp") || pkg.equals("extract")
                        || pkg.equals("coding");
                if (language && (imp.startsWith("org.apache.jena") || imp.startsWith("org.eclipse.rdf4j"))) {
                    problems.add(e.getKey() + " imports " + imp);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void ingestDoesNotDependOnLanguageStages() throws IOException {
        for (Map.Entry<Path, String> e : sources().entrySet()) {
            if (e.getKey().toString().contains("/ingest/")) {
                assertThat(e.getValue()).doesNotContain("org.dipkg.extract", "org.dipkg.nlp");
            }
        }
    }

    private static Map<Path, String> sources() throws IOException {
        Map<Path, String> out = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.walk(Path.of("src", "main", "java", "org", "dipkg"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (!p.getParent().getFileName().toString().equals("dipkg")) {
                    out.put(p, Files.readString(p));
                }
            }
        }
        assertThat(out).isNotEmpty();
        return out;
    }
}
