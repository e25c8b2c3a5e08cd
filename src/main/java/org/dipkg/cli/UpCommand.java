package org.dipkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.dipkg.ingest.ArticleInputs;
import org.dipkg.rdf.CorpusConverter;
import org.dipkg.rdf.Iris;
import org.dipkg.store.ArticleSync;
import org.dipkg.store.StoreException;
import org.dipkg.store.Tdb2Store;

/** {@code dipkg up}: the main job: convert, load, serve. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"The main job: convert the articles, load them into a store and serve it.",
                "The articles are data/articles and data/practice/articles unless others are given; the store "
                        + "is ./store, one named graph per article; it is served at http://localhost:3030/ (on "
                        + "127.0.0.1 only, unless --host names another address). Run again, it converts and "
                        + "loads only new or changed articles.",
                "A text file listed in its folder's SOURCES.tsv (or, for a folder named articles, in the "
                        + "SOURCES.tsv above it) takes its title, publication date and URL from there; otherwise "
                        + "a text file named YYYY-MM-DD-*.txt is taken to be published on that date."},
        footer = {"", "Example:", "  dipkg up data/articles --db store --port 3030"})
public final class UpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Parameters(arity = "0..*", paramLabel = "ARTICLES", description = "Folders, text files or .jsonl corpora. "
            + "Default: data/articles and data/practice/articles, those of them that exist.")
    List<Path> inputs;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "store", description = "The store folder. Default: ${DEFAULT-VALUE}.")
    Path db;

    @Option(names = "--threads", paramLabel = "N", description = "Conversion threads. Default: the number of cores.")
    Integer threads;

    @Option(names = "--no-serve", description = "Convert and load, then exit.")
    boolean noServe;

    @Mixin
    ServerOptions server;

    /** The articles of a clone: the examples and the practice corpus. */
    static final List<Path> DEFAULT_INPUTS = List.of(Path.of("data", "articles"),
            Path.of("data", "practice", "articles"));

    @Override
    public Integer call() throws StoreException {
        List<Path> paths = inputs == null || inputs.isEmpty() ? defaultInputs() : inputs;
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new StoreException(p + ": no such file or folder");
            }
        }
        ArticleInputs articles = ArticleInputs.create().paths(paths).published(Optional.empty())
                .idKey(Iris::slug).build();
        Tdb2Store store = Stores.open(db);
        var err = spec.commandLine().getErr();
        ArticleSync.Outcome outcome;
        try {
            Progress progress = new Progress("articles", Progress.countArticles(articles.files()), System.err);
            CorpusConverter converter = CorpusConverter.create()
                    .threads(threads == null ? Runtime.getRuntime().availableProcessors() : threads).build();
            outcome = Stores.write(db, () -> new ArticleSync(store, converter).run(articles, i -> {
                i.warnings().forEach(w -> err.println("dipkg: warning: " + w));
                progress.step();
            }));
            progress.finish();
        } catch (StoreException | RuntimeException | Error e) {
            store.close();
            throw e;
        }
        if (!Verbosity.quiet()) {
            err.println("dipkg: " + outcome.loaded() + " articles converted and loaded, " + outcome.unchanged()
                    + " unchanged, " + outcome.failures().size() + " failed; store " + db);
        }
        outcome.failures().forEach(f -> err.println("  failed: " + f));
        err.flush();
        if (noServe) {
            store.close();
            return outcome.failures().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
        }
        return Serving.serve(server.build(store.dataset()), store, err);
    }

    /** Those of the default folders that exist; the first when none does, to be reported missing. */
    private static List<Path> defaultInputs() {
        List<Path> found = DEFAULT_INPUTS.stream().filter(Files::exists).toList();
        return found.isEmpty() ? DEFAULT_INPUTS.subList(0, 1) : found;
    }
}
