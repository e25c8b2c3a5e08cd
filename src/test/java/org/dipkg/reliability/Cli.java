package org.dipkg.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

import org.dipkg.cli.Main;

/** Runs dipkg in this JVM through {@link Main#commandLine()}, with standard output and error captured. */
final class Cli {
    /** What a run gave: its exit code and what it wrote. */
    record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + cut(out) + "\n--- err\n" + cut(err);
        }

        private static String cut(String s) {
            return s.length() > 4000 ? s.substring(0, 4000) + "..." : s;
        }
    }

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
