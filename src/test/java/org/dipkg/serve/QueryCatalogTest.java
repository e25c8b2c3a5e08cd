package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCatalogTest {

    @Test
    void findsTheQueriesOfAClasspathFolder() {
        QueryCatalog catalog = QueryCatalog.fromClasspath(Fixture.QUERIES);
        assertThat(catalog.all()).extracting(NamedQuery::name).containsExactly("countries", "meetings");
        assertThat(catalog.get("meetings").orElseThrow().title())
                .isEqualTo("Which meetings took place, when and where, and who took part?");
        assertThat(catalog.get("../meetings")).isEmpty();
    }

    @Test
    void theQueryPageListsEveryQueryOfTheQueriesFolderAndTheReadmeNamesThem() throws IOException {
        QueryCatalog shipped = QueryCatalog.fromClasspath("org/dipkg/queries");
        String readme = Files.readString(Path.of("README.md"));
        java.util.List<String> files;
        try (var s = Files.list(Path.of("queries"))) {
            files = s.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".rq")).sorted().toList();
        }
        assertThat(files).contains("events-by-code-month.rq");
        for (String f : files) {
            String name = f.substring(0, f.length() - ".rq".length());
            assertThat(shipped.get(name)).as("%s on the query page", f).isPresent();
            assertThat(readme).as("%s in the README", f).contains("| `" + f + "` |");
        }
        assertThat(shipped.all()).hasSameSizeAs(files);
    }

    @Test
    void findsTheQueriesInAJar(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("queries.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            entry(out, "q/", "");
            entry(out, "q/who-met.rq", "# Who met whom?\nSELECT * {}\n");
            entry(out, "q/notes.txt", "not a query");
            entry(out, "q/deeper/inner.rq", "# Not directly in the folder\nASK {}\n");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            QueryCatalog catalog = QueryCatalog.fromClasspath(loader, "q");
            assertThat(catalog.all()).extracting(NamedQuery::name).containsExactly("who-met");
            assertThat(catalog.get("who-met").orElseThrow().title()).isEqualTo("Who met whom?");
        }
    }

    private static void entry(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    @Test
    void missingFolderIsEmpty() {
        assertThat(QueryCatalog.fromClasspath("org/dipkg/serve/no-such-folder").all()).isEmpty();
    }

    @Test
    void titleIsTheFirstCommentLine() {
        assertThat(NamedQuery.parse("q", "\n## Who met whom?\nSELECT * {}").title()).isEqualTo("Who met whom?");
        assertThat(NamedQuery.parse("q", "SELECT * {}").title()).isEqualTo("q");
    }
}
