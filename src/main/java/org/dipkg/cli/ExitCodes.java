package org.dipkg.cli;

/** Exit codes of every command. */
public final class ExitCodes {
    /** Done. */
    public static final int OK = 0;
    /** Bad input, a failed validation, or a failure while running. */
    public static final int FAILURE = 1;
    /** The command line itself is wrong. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
