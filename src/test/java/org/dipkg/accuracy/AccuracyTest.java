package org.dipkg.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The converter's accuracy on the practice corpus: every {@code NAME.gold.json} of
 * {@code data/practice/articles} (with the article it names) is converted and scored as
 * the evaluation's score.py scores it. Prints the table, writes {@code target/accuracy.json},
 * and fails when an article cannot be converted or scored (a missing text, a gold file
 * without a key the scorer needs) or when the macro-F1 or a category's F1 drops below its
 * floor in {@code data/practice/floor.properties}. Skipped when the folder holds no gold files.
 * {@code -Daccuracy.verbose=true} lists every miss and extra.
 */
class AccuracyTest {
    private static final Path ARTICLES = Path.of("data", "practice", "articles");
    private static final Path FLOORS = Path.of("data", "practice", "floor.properties");
    private static final Path REPORT = Path.of("target", "accuracy.json");

    @Test
    void scoresStayAboveTheirFloors() throws IOException {
        List<Path> gold = GoldFiles.in(ARTICLES);
        if (gold.isEmpty()) {
            String why = "AccuracyTest skipped: no *.gold.json files in " + ARTICLES + " (the folder "
                    + (Files.isDirectory(ARTICLES) ? "holds none" : "does not exist")
                    + "); add NAME.txt + NAME.gold.json pairs there to measure accuracy";
            System.out.println(why);
            assumeFalse(true, why);
        }
        Floors floors = Floors.read(FLOORS);

        CorpusScore score = CorpusScorer.create().queries(Path.of("queries")).build().score(gold);

        System.out.println("Accuracy on " + ARTICLES + " (" + gold.size() + " gold files):");
        System.out.print(ScoreTable.text(score, Boolean.getBoolean("accuracy.verbose")));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, ScoreJson.text(score), StandardCharsets.UTF_8);
        assertThat(score.outcomes()).as("articles that could not be converted or scored")
                .filteredOn(o -> o instanceof Outcome.Failure).isEmpty();
        assertThat(floors.violations(score)).as("scores below their floors").isEmpty();
    }
}
