package org.dipkg.cli;

import picocli.CommandLine;

/** Entry point of {@code java -jar dipkg.jar}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The one place the command line is built: exit codes, error handling, version. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new DipkgCommand());
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE
                : ExitCodes.FAILURE);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("dipkg: " + message(e));
            if (Verbosity.level() > 0) {
                e.printStackTrace(cmd.getErr());
            }
            return ExitCodes.FAILURE;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("dipkg: " + e.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        });
        return cl;
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
