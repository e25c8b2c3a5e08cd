package org.dipkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.dipkg.ingest.ArticleInputs;
import org.dipkg.ingest.Dates;
import org.dipkg.ingest.InputException;
import org.dipkg.rdf.ArticleConverter;
import org.dipkg.rdf.CorpusConverter;
import org.dipkg.rdf.Iris;
import org.dipkg.rdf.OutputFormat;
import org.dipkg.rdf.RdfOutput;

/** {@code dipkg convert}: articles to RDF. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert articles to RDF: actors, posts, meetings, statements, demands and positions.",
                "Each fact keeps its evidence (sentence and character offsets), one named graph per article. "
                        + "ARTICLE is a text file (title on the first line, a blank line, then paragraphs), "
                        + "a JSON Lines corpus (.jsonl: one {\"id\",\"text\",\"title\",\"url\",\"published\"} "
                        + "per line) or a folder holding either.",
                "A text file listed in its folder's SOURCES.tsv (or, for a folder named articles, in the "
                        + "SOURCES.tsv above it; columns file, title, url, publication_date) takes its title, "
                        + "publication date and URL from there; --published and --source override them.",
                "An article that cannot be read (not text, an HTML page, a bad corpus line) is reported with its "
                        + "file and line and skipped; the others are converted and the exit code is 1. The output "
                        + "file is written whole or not at all."},
        footer = {"", "Examples:", "  dipkg convert article.txt --published 2022-01-10 -o article.ttl",
                "  dipkg convert corpus.jsonl -o corpus.nq --threads 2"})
public final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Parameters(arity = "1..*", paramLabel = "ARTICLE", description = "Text files, .jsonl corpora or folders.")
    List<Path> inputs;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date, for resolving relative dates. When absent: the manifest's, the file "
                    + "name's, else inferred from a dateline.")
    String published;

    @Option(names = "--source", paramLabel = "URL", description = "Where the article was published.")
    String source;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Output file; the format follows its extension. Default: standard output.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "turtle, trig, nt, nq, jsonld or rdfxml. Default: from -o, else turtle.")
    String format;

    @Option(names = "--threads", paramLabel = "N", description = "Threads. Default: the number of cores.")
    Integer threads;

    @Option(names = "--model-lemmas",
            description = "Lemmas from OpenNLP's lemmatizer model instead of rules (several times slower).")
    boolean modelLemmas;

    @Option(names = "--explain", description = "Print each fact with the rule that produced it and its evidence.")
    boolean explain;

    @Override
    public Integer call() throws IOException {
        Optional<LocalDate> date = Optional.ofNullable(published).map(this::date);
        OutputFormat fmt = outputFormat();
        ArticleInputs inputs = ArticleInputs.create().paths(this.inputs).published(date)
                .source(Optional.ofNullable(source)).idKey(Iris::slug).build();
        PrintWriter err = spec.commandLine().getErr();
        CorpusConverter.Summary summary;
        boolean written = false;
        try {
            try (OutputStream out = Outputs.open(output, spec.commandLine().getOut());
                 RdfOutput rdf = RdfOutput.open(out, fmt)) {
                Progress progress = new Progress("converting", Progress.countArticles(inputs.files()), System.err);
                summary = CorpusConverter.create().threads(threads == null
                        ? Runtime.getRuntime().availableProcessors() : threads)
                        .converter(ArticleConverter.create().statisticalLemmas(modelLemmas).build())
                        .build().run(inputs, r -> {
                            r.item().warnings().forEach(w -> err.println("dipkg: warning: " + w));
                            if (r.ok()) {
                                rdf.write(r.model());
                                if (explain) {
                                    Explanations.print(r.extraction(), err);
                                }
                            } else {
                                err.println("dipkg: " + r.error());
                            }
                            progress.step();
                        });
                progress.finish();
            }
            written = summary.converted() > 0;
        } finally {
            Outputs.commit(output, written);
        }
        Summaries.print(summary, err);
        return summary.failures().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private LocalDate date(String s) {
        try {
            return Dates.parse(s, "--published");
        } catch (InputException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private OutputFormat outputFormat() {
        if (format != null) {
            return OutputFormat.byName(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--format: unknown format '" + format + "'; use " + OutputFormat.names()));
        }
        if (output != null) {
            return OutputFormat.byFileName(output.toString()).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "-o: cannot tell the format of '" + output + "' from its extension; use --format"));
        }
        return OutputFormat.TURTLE;
    }
}
