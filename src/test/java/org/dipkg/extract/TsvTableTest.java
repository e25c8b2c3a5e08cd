package org.dipkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class TsvTableTest {
    private static List<TsvTable.Row> parse(String text, String... required) throws Exception {
        return TsvTable.parse("test.tsv", new BufferedReader(new StringReader(text)), required);
    }

    @Test
    void rowsByColumnWithCommentsAndListCells() throws Exception {
        List<TsvTable.Row> rows = parse("# a comment\nname\taliases\nChile\tRepublic of Chile|CL\n\nPeru\t\n", "name");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).list("aliases")).containsExactly("Republic of Chile", "CL");
        assertThat(rows.get(1).list("aliases")).isEmpty();
    }

    @Test
    void badRowsAreReportedWithFileAndLine() {
        assertThatThrownBy(() -> parse("name\tqid\nChile\tQ298\textra\n", "name"))
                .hasMessage("test.tsv:2: 3 cells, header has 2");
        assertThatThrownBy(() -> parse("name\tqid\n\tQ298\n", "name")).hasMessage("test.tsv:2: empty 'name'");
        assertThatThrownBy(() -> parse("qid\nQ298\n", "name")).hasMessage("test.tsv:1: header lacks column 'name'");
    }

    @Test
    void aCueValueOutsideItsKindsIsReportedWithFileAndLine() throws Exception {
        List<TsvTable.Row> rows = parse("cue\tvalue\nmeet\tMEETING\nchat\tCHAT\n", "cue");
        assertThatThrownBy(() -> CueList.checkValues(rows, java.util.Set.of("MEETING", "TALKS")))
                .hasMessage("test.tsv:3: value 'CHAT' is none of [MEETING, TALKS]");
    }

    @Test
    void theShippedListsLoad() {
        Lexicon l = Lexicon.get();
        assertThat(l.actor("United States")).isPresent();
        assertThat(l.actor("NATO").flatMap(a -> a.wikidata())).contains("Q7184");
    }
}
