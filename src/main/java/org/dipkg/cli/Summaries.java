package org.dipkg.cli;

import java.io.PrintWriter;
import java.util.Map;

import org.dipkg.rdf.CorpusConverter;

/** The closing summary of a conversion, on standard error. */
final class Summaries {
    private Summaries() {
    }

    static void print(CorpusConverter.Summary s, PrintWriter err) {
        StringBuilder b = new StringBuilder("dipkg: converted ").append(s.converted()).append(" article")
                .append(s.converted() == 1 ? "" : "s");
        if (!s.failures().isEmpty()) {
            b.append(", ").append(s.failures().size()).append(" failed");
        }
        b.append(" (");
        boolean first = true;
        for (Map.Entry<String, Integer> e : s.facts().entrySet()) {
            b.append(first ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey());
            first = false;
        }
        b.append(')');
        if (!Verbosity.quiet()) {
            err.println(b);
        }
        err.flush();
    }
}
