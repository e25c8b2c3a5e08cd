package org.dipkg.ingest;

import java.util.Optional;

import org.dipkg.model.Article;

/** One unit of input: an article, or the reason a file or corpus line could not be read. */
public record Item(Optional<Article> article, Optional<String> error, String origin) {
    public static Item of(Article a) {
        return new Item(Optional.of(a), Optional.empty(), a.origin());
    }

    public static Item failed(String origin, String why) {
        return new Item(Optional.empty(), Optional.of(why), origin);
    }
}
