package org.dipkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.dipkg.model.Parse;
import org.dipkg.model.Sentence;

class Nlp4jParserTest {
    private static final Analyzer ANALYZER = new Analyzer(NlpModels.get(), false, Nlp4jParser.get());

    private static Sentence parse(String text) {
        return ANALYZER.analyze(text).get(0);
    }

    private static int index(Sentence s, String word) {
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not in " + s.text());
    }

    @Test
    void everyTokenGetsAHeadAndOneRoot() {
        Sentence s = parse("Foreign Minister Amara Okafor met President Luis Ruiz in Lima on Tuesday.");
        Parse p = s.parse();
        assertThat(p.size()).isEqualTo(s.tokens().size());
        assertThat(p.heads().stream().filter(h -> h == -1).count()).isEqualTo(1);
        assertThat(p.head(index(s, "met"))).isEqualTo(-1);
    }

    @Test
    void subjectAndObjectOfAMeetingVerb() {
        Sentence s = parse("Foreign Minister Amara Okafor met President Luis Ruiz in Lima on Tuesday.");
        Parse p = s.parse();
        int met = index(s, "met");
        assertThat(p.head(index(s, "Okafor"))).isEqualTo(met);
        assertThat(p.label(index(s, "Okafor"))).isEqualTo("nsubj");
        assertThat(p.head(index(s, "Ruiz"))).isEqualTo(met);
        assertThat(p.label(index(s, "Ruiz"))).isEqualTo("dobj");
    }

    @Test
    void personNamesAreEntities() {
        Sentence s = parse("Foreign Minister Amara Okafor met President Luis Ruiz in Lima on Tuesday.");
        Parse p = s.parse();
        assertThat(p.entity(index(s, "Amara"))).isEqualTo("B-PERSON");
        assertThat(p.entity(index(s, "Okafor"))).isEqualTo("L-PERSON");
        assertThat(p.entityType(index(s, "Lima"))).isEqualTo("GPE");
    }

    @Test
    void callOnToGivesTheAddresseeAsObjectOfOn() {
        Sentence s = parse("The ministers called on Moldavia to withdraw its troops from the border.");
        Parse p = s.parse();
        assertThat(p.head(index(s, "Moldavia"))).isEqualTo(index(s, "on"));
        assertThat(p.head(index(s, "on"))).isEqualTo(index(s, "called"));
    }

    @Test
    void typographicQuotesReadAsPennQuotes() {
        assertThat(Nlp4jParser.form("\u201c")).isEqualTo("``");
        assertThat(Nlp4jParser.form("\u201d")).isEqualTo("''");
        assertThat(Nlp4jParser.form("Kenya\u2019s")).isEqualTo("Kenya's");
    }

    @Test
    void parsesTheSameInParallelAsAlone() throws Exception {
        List<String> texts = List.of(
                "Minister Okafor will visit Lima, where she will meet President Ruiz.",
                "The United Nations urged both sides to respect the ceasefire agreed in Doha last year.",
                "\u201cWe are committed to dialogue,\u201d Foreign Secretary Anna Berg said on Monday.",
                "Prime Minister Tomas Varga held talks with Chancellor Ida Marsh before their joint press conference.");
        List<Parse> alone = new ArrayList<>();
        for (String t : texts) {
            alone.add(parse(t).parse());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Parse>> futures = new ArrayList<>();
            for (int round = 0; round < 25; round++) {
                for (String t : texts) {
                    futures.add(pool.submit(() -> new Analyzer(NlpModels.get(), false, Nlp4jParser.get())
                            .analyze(t).get(0).parse()));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(alone.get(i % texts.size()));
            }
        } finally {
            pool.shutdown();
        }
    }
}
