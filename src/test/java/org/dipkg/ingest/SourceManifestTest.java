package org.dipkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a folder's SOURCES.tsv: good rows, and each kind of bad row as a warning naming its line. */
class SourceManifestTest {
    private static final String HEADER = "file\ttitle\toutlet\turl\tpublication_date\tnotes\n";

    @TempDir
    Path dir;
    Path articles;

    @BeforeEach
    void folder() throws IOException {
        articles = Folders.articles(dir, "001-talks.txt", "Talks\n\nBody.", "002-visit.txt", "Visit\n\nBody.");
    }

    private SourceManifest read(String text) throws IOException {
        Path m = Files.writeString(dir.resolve("SOURCES.tsv"), text);
        return SourceManifest.read(m, articles);
    }

    private String line(int n) {
        return dir.resolve("SOURCES.tsv") + ":" + n + ": ";
    }

    @Test
    void aGoodRowGivesTitleDateAndUrl() throws IOException {
        SourceManifest m = read(HEADER
                + "001-talks.txt\tTalks in Lima\tA Ministry\thttps://example.org/talks\t2023-05-10\tpublic domain\n");
        assertThat(m.warnings()).isEmpty();
        assertThat(m.entry("001-talks.txt")).contains(new SourceManifest.Entry(Optional.of("Talks in Lima"),
                Optional.of(LocalDate.of(2023, 5, 10)), Optional.of("https://example.org/talks")));
        assertThat(m.entry("002-visit.txt")).as("not listed").isEmpty();
    }

    @Test
    void emptyCellsGiveNothingAndNoWarning() throws IOException {
        SourceManifest m = read(HEADER + "002-visit.txt\t\t\t\t\t\n");
        assertThat(m.warnings()).isEmpty();
        assertThat(m.entry("002-visit.txt")).contains(new SourceManifest.Entry(Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    @Test
    void aRowNamingAnUnknownFileIsAWarning() throws IOException {
        SourceManifest m = read(HEADER + "003-missing.txt\tGone\tA Ministry\thttps://example.org/\t2023-05-10\t\n"
                + "001-talks.txt\tTalks\tA Ministry\thttps://example.org/talks\t2023-05-10\t\n");
        assertThat(m.warnings()).containsExactly(line(2) + "'003-missing.txt' is not a file in " + articles
                + "; the row is not used");
        assertThat(m.entry("001-talks.txt")).as("the other rows are read").isPresent();
    }

    @Test
    void aRowNamingAFileOutsideTheFolderIsAWarning() throws IOException {
        SourceManifest m = read(HEADER + "../SOURCES.tsv\tx\ty\thttps://example.org/\t2023-05-10\t\n");
        assertThat(m.warnings()).singleElement().asString().startsWith(line(2) + "'../SOURCES.tsv' is not a file in");
    }

    @Test
    void aBadDateIsAWarningAndTheRestOfTheRowIsKept() throws IOException {
        SourceManifest m = read(HEADER + "001-talks.txt\tTalks\tA Ministry\thttps://example.org/talks\t2023-02-30\t\n"
                + "002-visit.txt\tVisit\tA Ministry\thttps://example.org/visit\t10 May 2023\t\n");
        assertThat(m.warnings()).containsExactly(
                line(2) + "publication_date: '2023-02-30' is not a date: February 2023 has 28 days; "
                        + "the date is taken from the file name or the text",
                line(3) + "publication_date: '10 May 2023' is not a date in the form YYYY-MM-DD; "
                        + "the date is taken from the file name or the text");
        assertThat(m.entry("001-talks.txt").orElseThrow())
                .isEqualTo(new SourceManifest.Entry(Optional.of("Talks"), Optional.empty(),
                        Optional.of("https://example.org/talks")));
    }

    @Test
    void aRelativeUrlIsAWarning() throws IOException {
        SourceManifest m = read(HEADER + "001-talks.txt\tTalks\tA Ministry\tnews/talks.html\t2023-05-10\t\n");
        assertThat(m.warnings()).containsExactly(line(2) + "url: 'news/talks.html' is not an absolute URL; "
                + "it is not used");
        assertThat(m.entry("001-talks.txt").orElseThrow().published()).contains(LocalDate.of(2023, 5, 10));
    }

    @Test
    void aRowWithAMissingCellIsAWarning() throws IOException {
        SourceManifest m = read(HEADER + "001-talks.txt\tTalks\tA Ministry\thttps://example.org/talks\n");
        assertThat(m.warnings()).containsExactly(line(2) + "no cell for publication_date, notes; the row is not used");
        assertThat(m.entry("001-talks.txt")).isEmpty();
    }

    @Test
    void aRowWithAnExtraCellIsAWarning() throws IOException {
        SourceManifest m = read(HEADER + "001-talks.txt\tTalks\tA\thttps://example.org/\t2023-05-10\tnote\textra\n");
        assertThat(m.warnings()).containsExactly(line(2) + "7 cells where the header has 6; the row is not used");
    }

    @Test
    void aHeaderWithoutTheFileColumnIsAWarning() throws IOException {
        SourceManifest m = read("name\turl\tpublication_date\n001-talks.txt\thttps://example.org/\t2023-05-10\n");
        assertThat(m.warnings()).containsExactly(line(1) + "the header has no 'file' column "
                + "(it has name, url, publication_date); the manifest is not used");
        assertThat(m.entry("001-talks.txt")).isEmpty();
    }

    @Test
    void onlyTheColumnsGivenAreRead() throws IOException {
        SourceManifest m = read("# dates only\nfile\tpublication_date\n\n001-talks.txt\t2023-05-10\n");
        assertThat(m.warnings()).isEmpty();
        assertThat(m.entry("001-talks.txt")).contains(new SourceManifest.Entry(Optional.empty(),
                Optional.of(LocalDate.of(2023, 5, 10)), Optional.empty()));
    }

    @Test
    void aFileListedTwiceKeepsTheFirstRow() throws IOException {
        SourceManifest m = read(HEADER + "001-talks.txt\tFirst\tA\thttps://example.org/1\t2023-05-10\t\n"
                + "001-talks.txt\tSecond\tA\thttps://example.org/2\t2023-05-11\t\n");
        assertThat(m.warnings()).containsExactly(line(3) + "'001-talks.txt' is already listed at line 2; "
                + "the row is not used");
        assertThat(m.entry("001-talks.txt").orElseThrow().title()).contains("First");
    }

    @Test
    void aFolderNamedArticlesTakesTheManifestAboveIt() throws IOException {
        Path above = Files.writeString(dir.resolve("SOURCES.tsv"), HEADER);
        assertThat(SourceManifest.find(articles)).contains(above);
        Path own = Files.writeString(articles.resolve("SOURCES.tsv"), HEADER);
        assertThat(SourceManifest.find(articles)).as("its own comes first").contains(own);
        Path other = Files.createDirectory(dir.resolve("texts"));
        assertThat(SourceManifest.find(other)).as("only a folder named articles looks above").isEmpty();
    }
}
