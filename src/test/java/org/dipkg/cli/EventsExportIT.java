package org.dipkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dipkg.coding.CodedArticle;
import org.dipkg.rdf.GraphMapper;
import org.dipkg.rdf.OutputFormat;
import org.dipkg.rdf.RdfOutput;
import org.dipkg.store.EventTable;

/** {@code export --events} end to end through the CLI, over a store of one invented article. */
class EventsExportIT {
    @TempDir
    static Path tmp;
    private static Path trig;
    private static Path db;

    @BeforeAll
    static void store() throws IOException {
        trig = tmp.resolve("article.trig");
        try (OutputStream out = Files.newOutputStream(trig); RdfOutput rdf = RdfOutput.open(out, OutputFormat.TRIG)) {
            rdf.write(GraphMapper.create().version("test").build().map(CodedArticle.extraction()));
        }
        db = tmp.resolve("store");
        Cli load = Cli.run("load", trig.toString(), "--db", db.toString());
        assertThat(load.exit()).as(load.err()).isZero();
    }

    private static List<Map<String, String>> export(Path csv) throws IOException {
        Cli c = Cli.run("export", "--db", db.toString(), "--events", csv.toString());
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(c.err()).contains("5 events written to " + csv);
        List<List<String>> records = Rfc4180.parse(Files.readString(csv, StandardCharsets.UTF_8));
        assertThat(records.get(0)).containsExactlyElementsOf(EventTable.COLUMNS);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            assertThat(r).hasSameSizeAs(EventTable.COLUMNS);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < r.size(); i++) {
                row.put(EventTable.COLUMNS.get(i), r.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void oneRowPerEventInTheArticlesOrder() throws IOException {
        List<Map<String, String>> rows = export(tmp.resolve("order.csv"));
        assertThat(rows).extracting(r -> r.get("event_type"))
                .containsExactly("meeting", "meeting", "statement", "demand", "position");
        assertThat(rows).extracting(r -> r.get("cameo_code")).containsExactly("042", "036", "013", "105", "111");
        assertThat(rows).extracting(r -> r.get("event")).doesNotHaveDuplicates()
                .allMatch(e -> e.startsWith("https://w3id.org/dipkg/id/article/" + CodedArticle.ID + "/"));
    }

    @Test
    void aVisitRowNamesBothSidesThePlaceAndTheArticle() throws IOException {
        Map<String, String> visit = export(tmp.resolve("visit.csv")).get(0);
        assertThat(visit).containsEntry("date", "2026-03-13").containsEntry("published", "2026-03-14")
                .containsEntry("actor1", "Amara Okafor").containsEntry("actor1_kind", "Person")
                .containsEntry("actor1_country", "Freedonia").containsEntry("actor1_wikidata", "")
                .containsEntry("actor2", "Tomas Ruiz").containsEntry("actor2_country", "Ruritania")
                .containsEntry("other_actors", "")
                .containsEntry("cameo_label", "Visit made").containsEntry("plover_type", "CONSULT")
                .containsEntry("place", "Strelsau").containsEntry("place_wikidata", "Q990011")
                .containsEntry("planned", "false").containsEntry("article_id", CodedArticle.ID)
                .containsEntry("article_url", CodedArticle.URL)
                .containsEntry("evidence", CodedArticle.SENTENCES.get(0));
    }

    @Test
    void otherFactsTakeTheirActorsFromTheirRoles() throws IOException {
        List<Map<String, String>> rows = export(tmp.resolve("roles.csv"));
        assertThat(rows.get(1)).containsEntry("planned", "true").containsEntry("actor2", "Elin Lindqvist")
                .containsEntry("date", "2026-04").containsEntry("plover_type", "AGREE");
        assertThat(rows.get(2)).containsEntry("actor1", "Tomas Ruiz").containsEntry("actor2", "")
                .containsEntry("plover_type", "").containsEntry("planned", "");
        assertThat(rows.get(3)).containsEntry("actor1", "Amara Okafor").containsEntry("actor2", "Tomas Ruiz")
                .containsEntry("actor2_kind", "Person").containsEntry("plover_type", "DEMAND");
        assertThat(rows.get(4)).containsEntry("actor1", "Tomas Ruiz").containsEntry("cameo_label",
                "Criticism or denunciation");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAsRfc4180Says() throws IOException {
        Path csv = tmp.resolve("quoting.csv");
        List<Map<String, String>> rows = export(csv);
        assertThat(rows.get(2).get("evidence")).isEqualTo(CodedArticle.SENTENCES.get(1));
        assertThat(rows.get(3).get("evidence")).isEqualTo(CodedArticle.SENTENCES.get(2)).contains("\n");
        byte[] bytes = Files.readAllBytes(csv);
        String raw = new String(bytes, StandardCharsets.UTF_8);
        assertThat(bytes[0]).as("no byte order mark").isEqualTo((byte) 'e');
        assertThat(raw).contains("\"Ruiz said: \"\"We are hopeful, and we say so — truly.\"\"\"")
                .contains("\"" + CodedArticle.URL + "\"")
                .contains("a cease-fire\nbefore winter.\"")
                .endsWith("\r\n");
        assertThat(raw.split("\r\n")).as("records end with CRLF").hasSize(6);
    }

    @Test
    void convertedFilesGiveTheSameTableAsTheStore(@TempDir Path out) throws IOException {
        Path fromStore = out.resolve("store.csv");
        Path fromFiles = out.resolve("files.csv");
        export(fromStore);
        Cli c = Cli.run("export", "--data", trig.toString(), "--events", fromFiles.toString());
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(Files.readString(fromFiles)).isEqualTo(Files.readString(fromStore));
    }

    @Test
    void theTableGoesToStandardOutputForADash() {
        Cli c = Cli.run("export", "--db", db.toString(), "--events", "-");
        assertThat(c.exit()).isZero();
        assertThat(c.out()).startsWith(String.join(",", EventTable.COLUMNS) + "\r\n");
    }

    @Test
    void optionsThatDoNotGoTogetherAreUsageErrors() {
        Cli neither = Cli.run("export", "--events", tmp.resolve("x.csv").toString());
        assertThat(neither.exit()).isEqualTo(2);
        assertThat(neither.err()).contains("--events reads a store (--db) or files (--data): give one");
        Cli withGraph = Cli.run("export", "--db", db.toString(), "--events", tmp.resolve("y.csv").toString(),
                "--graph", "https://w3id.org/dipkg/graph/" + CodedArticle.ID);
        assertThat(withGraph.exit()).isEqualTo(2);
        assertThat(withGraph.err()).contains("--graph, --format and -o do not apply");
        Cli dataWithoutEvents = Cli.run("export", "--data", trig.toString());
        assertThat(dataWithoutEvents.exit()).isEqualTo(2);
        assertThat(dataWithoutEvents.err()).contains("--data goes with --events only");
        assertThat(tmp.resolve("x.csv")).doesNotExist();
        assertThat(tmp.resolve("y.csv")).doesNotExist();
    }

    @Test
    void theQueryOfEventsByCodeAndMonthCountsTheStore() {
        Cli c = Cli.run("query", "--db", db.toString(), "--format", "csv", "queries/events-by-code-month.rq");
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(c.out().split("\r\n")).containsExactly(
                "month,code,label,plover,events",
                "2026-03,013,Optimistic comment,,1",
                "2026-03,042,Visit made,CONSULT,1",
                "2026-03,105,Demand that the target yield,DEMAND,1",
                "2026-03,111,Criticism or denunciation,DISAPPROVE,1",
                "2026-04,036,Intent to meet or negotiate,AGREE,1");
    }

    /** A strict reader of RFC 4180 CSV: CRLF ends a record; a quoted field may hold anything. */
    static final class Rfc4180 {
        static List<List<String>> parse(String s) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '"' && field.isEmpty()) {
                    i++;
                    while (true) {
                        char q = s.charAt(i++);
                        if (q == '"' && i < s.length() && s.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else if (q == '"') {
                            break;
                        } else {
                            field.append(q);
                        }
                    }
                } else if (c == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                    i++;
                } else if (c == '\r' && s.startsWith("\r\n", i)) {
                    record.add(field.toString());
                    field.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                    i += 2;
                } else {
                    assertThat(c).as("unquoted field character at %d", i).isNotIn('"', '\n', '\r');
                    field.append(c);
                    i++;
                }
            }
            assertThat(record).as("the last record ends with CRLF").isEmpty();
            return records;
        }
    }
}
