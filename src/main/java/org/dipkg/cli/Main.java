package org.dipkg.cli;

import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.List;

import picocli.CommandLine;

import org.dipkg.ingest.Problems;

/** Entry point of {@code java -jar dipkg.jar}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The one place the command line is built: exit codes, error handling, version. */
    public static CommandLine commandLine() {
        Verbosity.reset();
        CommandLine cl = new CommandLine(new DipkgCommand());
        WholeWordHelp.install(cl);
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE
                : ExitCodes.FAILURE);
        cl.setExecutionStrategy(Main::run);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("dipkg: " + message(e));
            if (Verbosity.level() > 0) {
                e.printStackTrace(cmd.getErr());
            }
            cmd.getErr().flush();
            return ExitCodes.FAILURE;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("dipkg: " + e.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            c.getErr().flush();
            return ExitCodes.USAGE;
        });
        return cl;
    }

    /** Runs the command; errors of the JVM (out of memory, say) are reported like any failure. */
    private static int run(CommandLine.ParseResult parsed) {
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (OutOfMemoryError | StackOverflowError | InternalError e) {
            List<CommandLine> commands = parsed.asCommandLineList();
            throw new CommandLine.ExecutionException(commands.get(commands.size() - 1), String.valueOf(e), e);
        }
    }

    /** The message for a failure: the first of its causes that names a file, else its own. */
    static String message(Throwable e) {
        Throwable root = e instanceof CommandLine.ExecutionException && e.getCause() != null ? e.getCause() : e;
        for (Throwable t = root; t != null; t = t.getCause()) {
            if (t instanceof Outputs.OutputException || t instanceof org.dipkg.store.StoreException) {
                return t.getMessage();
            }
            if (t instanceof OutOfMemoryError) {
                return "out of memory; give Java more, e.g. DIPKG_JAVA_OPTS=-Xmx4g ./dipkg ... "
                        + "or java -Xmx4g -jar dipkg.jar ...";
            }
            if (t instanceof StackOverflowError) {
                return "the input nests too deeply to be handled (stack overflow)";
            }
            if (t instanceof InternalError && String.valueOf(t.getMessage()).contains("unsafe memory access")) {
                return "a file could not be written (is the disk full?): " + t.getMessage();
            }
            if (t instanceof FileSystemException f) {
                return f.getFile() + ": " + Problems.reason(f);
            }
        }
        Throwable shown = root instanceof UncheckedIOException && root.getCause() != null ? root.getCause() : root;
        String m = shown.getMessage();
        return m == null || m.isBlank() ? shown.getClass().getSimpleName() : m;
    }
}
