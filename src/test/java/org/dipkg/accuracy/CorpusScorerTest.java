package org.dipkg.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gold files to scores in process: the article converted, queried with the contract queries, scored. */
class CorpusScorerTest {
    private static final String GOLD = """
            {"article": "prague.txt", "input": {"published": "2023-05-08"},
             "actors": [{"name": "Petra Novak", "aliases": ["Novak"], "kind": "Person"},
                        {"name": "Karl Huber", "aliases": ["Huber"], "kind": "Person"},
                        {"name": "Czech Republic", "aliases": ["Czech"], "kind": "Country", "optional": true},
                        {"name": "Austria", "aliases": ["Austrian"], "kind": "Country", "optional": true}],
             "roles": [], "statements": [], "demands": [], "positions": [],
             "meetings": [{"id": "m1", "participants": ["Petra Novak", "Karl Huber"], "date": "2023-05-08",
                           "place": "Vienna"}]}
            """;

    @Test
    void anArticleIsConvertedQueriedAndScored(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("prague.txt"), "Talks in Vienna\n\nCzech Foreign Minister Petra Novak met "
                + "Austrian Foreign Minister Karl Huber in Vienna on Monday.\n");
        Files.writeString(dir.resolve("prague.gold.json"), GOLD);

        CorpusScore s = CorpusScorer.create().build().score(GoldFiles.in(dir));

        assertThat(s.failed()).isZero();
        assertThat(s.total(Category.ACTORS)).extracting(Tally::tp, Tally::fn).containsExactly(2, 0);
        assertThat(s.total(Category.MEETINGS)).extracting(Tally::tp, Tally::fp, Tally::fn).containsExactly(1, 0, 0);
    }

    @Test
    void anArticleThatCannotBeReadMissesAllItsRequiredFacts(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("prague.gold.json"), GOLD);

        CorpusScore s = CorpusScorer.create().build().score(GoldFiles.in(dir));

        assertThat(s.outcomes()).singleElement().isInstanceOf(Outcome.Failure.class);
        assertThat(s.total(Category.ACTORS).fn()).isEqualTo(2);
        assertThat(s.total(Category.MEETINGS).fn()).isEqualTo(1);
    }

    @Test
    void onlyGoldFilesAreListedInNameOrder(@TempDir Path dir) throws IOException {
        for (String f : List.of("b.gold.json", "a.gold.json", "a.txt", "notes.json")) {
            Files.writeString(dir.resolve(f), "{}");
        }
        assertThat(GoldFiles.in(dir)).extracting(p -> p.getFileName().toString())
                .containsExactly("a.gold.json", "b.gold.json");
        assertThat(GoldFiles.in(dir.resolve("absent"))).isEmpty();
    }

    @Test
    void aGoldFileThatIsNotJsonIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.gold.json"), "{\"article\": ");
        assertThatThrownBy(() -> CorpusScorer.create().build().score(GoldFiles.in(dir)))
                .hasMessageContaining("bad.gold.json");
    }
}
