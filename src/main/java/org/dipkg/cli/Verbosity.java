package org.dipkg.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

import picocli.CommandLine.Option;

/** The {@code -v}/{@code -vv} and {@code -q} options, mixed into every command. */
public final class Verbosity {
    private static int level;
    private static boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "More log output: -v for details, -vv for everything.")
    void setVerbose(boolean[] v) {
        level = v.length;
        Configurator.setRootLevel(v.length >= 2 ? Level.TRACE : Level.DEBUG);
        Configurator.setLevel("org.dipkg", v.length >= 2 ? Level.TRACE : Level.DEBUG);
    }

    @Option(names = {"-q", "--quiet"}, description = "Only errors.")
    void setQuiet(boolean q) {
        quiet = q;
        if (q) {
            Configurator.setRootLevel(Level.ERROR);
            Configurator.setLevel("org.dipkg", Level.ERROR);
        }
    }

    static int level() {
        return level;
    }

    /** Whether -q asked for errors only: summaries are not printed. */
    static boolean quiet() {
        return quiet;
    }

    /** Back to the defaults, before a command line is parsed. */
    static void reset() {
        level = 0;
        quiet = false;
    }
}
