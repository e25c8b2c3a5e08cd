package org.dipkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dipkg.ingest.ArticleInputs;
import org.dipkg.ingest.Item;
import org.dipkg.model.Article;

/** Articles of a corpus file held in memory, for passes that must not time the reading. */
final class Corpus {
    private Corpus() {
    }

    static List<Article> read(Path file, int limit) {
        List<Article> out = new ArrayList<>();
        for (Item i : ArticleInputs.create().paths(List.of(file)).published(Optional.empty()).build()) {
            i.article().ifPresent(out::add);
            if (out.size() >= limit) {
                break;
            }
        }
        return out;
    }
}
