package org.dipkg.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.dipkg.rdf.Version;

/** The top-level command: lists the subcommands. */
@Command(name = "dipkg", mixinStandardHelpOptions = true, versionProvider = DipkgCommand.VersionProvider.class,
        description = {"Diplomatic events knowledge graph: turns news articles and official readouts into RDF, "
                + "loads them into a TDB2 store (one named graph per article) and serves a SPARQL endpoint."},
        subcommands = {UpCommand.class, ConvertCommand.class, SparkConvertCommand.class, LoadCommand.class, BuildStoreCommand.class, ServeCommand.class,
                QueryCommand.class, ExportCommand.class, ValidateCommand.class,
                picocli.CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 bad input or validation failure, 2 usage error.",
                "Run 'dipkg COMMAND --help' for a command's options."})
public final class DipkgCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required");
    }

    /** The version shown by --version. */
    public static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dipkg " + Version.get(), "Java " + System.getProperty("java.version")};
        }
    }
}
