package org.dipkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dipkg.model.Article;

/** A folder of text articles with a manifest beside it, as the practice corpus is laid out. */
class ArticleInputsTest {
    @TempDir
    Path dir;
    Path articles;

    @BeforeEach
    void corpus() throws IOException {
        articles = Folders.articles(dir, "001-talks.txt", "Talks\n\nThe ministers met on Monday.",
                "001-talks.gold.json", "{\"article\": \"001-talks.txt\"}",
                "2021-03-04-visit.txt", "Visit\n\nThe minister arrived.");
        Files.writeString(dir.resolve("SOURCES.tsv"), "file\ttitle\turl\tpublication_date\n"
                + "001-talks.txt\tMinisters hold talks\thttps://example.org/talks\t2023-05-10\n"
                + "009-gone.txt\tGone\thttps://example.org/gone\t2023-05-11\n");
    }

    private List<Item> read(Path path, Optional<LocalDate> published) {
        List<Item> out = new ArrayList<>();
        ArticleInputs.create().paths(List.of(path)).published(published).build().forEach(out::add);
        return out;
    }

    @Test
    void aListedArticleTakesTitleDateAndUrlFromTheManifest() {
        Article a = read(articles, Optional.empty()).get(0).article().orElseThrow();
        assertThat(a.id()).isEqualTo("001-talks");
        assertThat(a.title()).isEqualTo("Ministers hold talks");
        assertThat(a.published()).contains(LocalDate.of(2023, 5, 10));
        assertThat(a.sourceUrl()).contains("https://example.org/talks");
        assertThat(a.text()).as("the text is as written").startsWith("Talks\n\n");
    }

    @Test
    void anArticleTheManifestDoesNotListKeepsTheUsualRules() {
        Article a = read(articles, Optional.empty()).get(1).article().orElseThrow();
        assertThat(a.title()).isEqualTo("Visit");
        assertThat(a.published()).contains(LocalDate.of(2021, 3, 4));
        assertThat(a.sourceUrl()).isEmpty();
    }

    @Test
    void goldFilesAndTheManifestAreNotArticles() {
        List<Item> items = read(dir, Optional.empty());
        assertThat(items).extracting(i -> i.article().map(Article::id).orElse("failed"))
                .containsExactly("001-talks", "2021-03-04-visit");
    }

    @Test
    void theReferenceDataOfficeHoldersIsNoArticle() {
        Path reference = Path.of("data", "reference");
        assertThat(reference.resolve("office_holders.tsv")).exists();
        List<Item> items = read(reference, Optional.empty());
        assertThat(items).hasSize(1);
        assertThat(items.get(0).article()).isEmpty();
        assertThat(items.get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("no articles here"));
    }

    @Test
    void theManifestsWarningsComeOnceWithTheFirstArticleOfItsFolder() {
        List<Item> items = read(articles, Optional.empty());
        assertThat(items.get(0).warnings()).containsExactly(dir.resolve("SOURCES.tsv") + ":3: '009-gone.txt' "
                + "is not a file in " + articles + "; the row is not used");
        assertThat(items.get(1).warnings()).isEmpty();
    }

    @Test
    void aFileNamedAloneTakesItsFoldersManifest() {
        Article a = read(articles.resolve("001-talks.txt"), Optional.empty()).get(0).article().orElseThrow();
        assertThat(a.published()).contains(LocalDate.of(2023, 5, 10));
    }

    @Test
    void aDateGivenForAllOverridesTheManifest() {
        Article a = read(articles, Optional.of(LocalDate.of(2020, 1, 2))).get(0).article().orElseThrow();
        assertThat(a.published()).contains(LocalDate.of(2020, 1, 2));
        assertThat(a.sourceUrl()).as("the manifest's URL stays").contains("https://example.org/talks");
    }
}
