package org.dipkg.rdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.eclipse.rdf4j.model.Model;

import org.dipkg.ingest.Item;
import org.dipkg.model.Extraction;

/**
 * Converts a stream of articles on several threads and hands the results, in input
 * order, to a sink: a few articles in flight at a time, never the whole corpus.
 *
 * <pre>
 *   Summary s = CorpusConverter.create().threads(4).build().run(items, result -&gt; out.write(result.model()));
 * </pre>
 */
public final class CorpusConverter {
    /** One article converted, or the reason it was not. */
    public record Result(Item item, Extraction extraction, Model model, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** What a run did: articles converted, facts by kind, failures with their reasons. */
    public record Summary(int converted, Map<String, Integer> facts, List<String> failures, long tokens) {
    }

    private final ArticleConverter converter;
    private final int threads;

    private CorpusConverter(ArticleConverter converter, int threads) {
        this.converter = converter;
        this.threads = threads;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Builds a {@link CorpusConverter}. */
    public static final class Builder {
        private int threads = Runtime.getRuntime().availableProcessors();
        private ArticleConverter converter;

        public Builder threads(int n) {
            this.threads = Math.max(1, n);
            return this;
        }

        public Builder converter(ArticleConverter c) {
            this.converter = c;
            return this;
        }

        public CorpusConverter build() {
            return new CorpusConverter(converter == null ? ArticleConverter.create().build() : converter, threads);
        }
    }

    public Summary run(Iterable<Item> items, Consumer<Result> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dipkg-convert");
            t.setDaemon(true);
            return t;
        });
        Map<String, Integer> facts = new LinkedHashMap<>();
        for (String k : List.of("actors", "roles", "meetings", "statements", "demands", "positions")) {
            facts.put(k, 0);
        }
        List<String> failures = new ArrayList<>();
        int converted = 0;
        long tokens = 0;
        Deque<Future<Result>> inFlight = new ArrayDeque<>();
        try {
            for (Item item : items) {
                inFlight.add(pool.submit(() -> convert(item)));
                if (inFlight.size() >= threads * 4) {
                    Result r = take(inFlight);
                    converted += account(r, facts, failures);
                    tokens += tokens(r);
                    sink.accept(r);
                }
            }
            while (!inFlight.isEmpty()) {
                Result r = take(inFlight);
                converted += account(r, facts, failures);
                tokens += tokens(r);
                sink.accept(r);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(converted, facts, failures, tokens);
    }

    private Result convert(Item item) {
        if (item.article().isEmpty()) {
            return new Result(item, null, null, item.error().orElse("unreadable"));
        }
        try {
            Extraction x = converter.extract(item.article().get());
            return new Result(item, x, converter.map(x), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(item, null, null, item.origin() + ": conversion failed: " + e);
        }
    }

    private static Result take(Deque<Future<Result>> inFlight) {
        try {
            return inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static int account(Result r, Map<String, Integer> facts, List<String> failures) {
        if (!r.ok()) {
            failures.add(r.error());
            return 0;
        }
        Extraction x = r.extraction();
        facts.merge("actors", x.actors().size(), Integer::sum);
        facts.merge("roles", x.roles().size(), Integer::sum);
        facts.merge("meetings", x.meetings().size(), Integer::sum);
        facts.merge("statements", x.statements().size(), Integer::sum);
        facts.merge("demands", x.demands().size(), Integer::sum);
        facts.merge("positions", x.positions().size(), Integer::sum);
        return 1;
    }

    private static long tokens(Result r) {
        return r.ok() ? r.extraction().sentences().stream().mapToLong(s -> s.tokens().size()).sum() : 0;
    }
}
