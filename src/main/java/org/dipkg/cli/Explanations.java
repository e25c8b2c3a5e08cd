package org.dipkg.cli;

import java.io.PrintWriter;

import org.dipkg.model.Demand;
import org.dipkg.model.Evidence;
import org.dipkg.model.Extraction;
import org.dipkg.model.Meeting;
import org.dipkg.model.Position;
import org.dipkg.model.Role;
import org.dipkg.model.Statement;

/** {@code convert --explain}: each fact, the rule that produced it, and its evidence span. */
final class Explanations {
    private Explanations() {
    }

    static void print(Extraction x, PrintWriter out) {
        out.println("# " + x.article().id() + " (published " + x.published().map(Object::toString).orElse("unknown")
                + ", " + x.dateSource().name().toLowerCase() + ")");
        for (Role r : x.roles()) {
            line(out, "role", r.person().name() + " / " + r.title() + r.affiliation().map(a -> " / " + a.name())
                    .orElse(""), r.evidence());
        }
        for (Meeting m : x.meetings()) {
            String who = String.join(", ", m.participants().stream().map(a -> a.name()).toList());
            line(out, "meeting", who + " | " + m.date().map(Object::toString).orElse("-") + " | "
                    + m.place().map(p -> p.name()).orElse("-") + (m.planned() ? " | planned" : ""), m.evidence().get(0));
        }
        for (Statement s : x.statements()) {
            line(out, "statement", s.speaker().map(a -> a.name()).orElse("?") + ": \"" + cut(s.quote()) + "\"",
                    s.evidence());
        }
        for (Demand d : x.demands()) {
            line(out, "demand", d.demander().name() + d.addressee().map(a -> " -> " + a.name()).orElse("") + ": "
                    + cut(d.text()), d.evidence());
        }
        for (Position p : x.positions()) {
            line(out, "position", p.holder().name() + " [" + p.stance() + "]: " + cut(p.text()), p.evidence());
        }
        out.flush();
    }

    private static void line(PrintWriter out, String kind, String fact, Evidence e) {
        out.printf("%-9s %s%n          rule %s, sentence %d, chars %d-%d: %s%n", kind, fact, e.rule(), e.sentence(),
                e.begin(), e.end(), cut(e.text()));
    }

    private static String cut(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 110 ? one.substring(0, 107) + "..." : one;
    }
}
