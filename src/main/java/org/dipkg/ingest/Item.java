package org.dipkg.ingest;

import java.util.List;
import java.util.Optional;

import org.dipkg.model.Article;

/**
 * One unit of input: an article, or the reason a file or corpus line could not be read.
 * An article may carry warnings: things in it that were read but will not be used
 * (a date that does not exist), each naming the file and line.
 */
public record Item(Optional<Article> article, Optional<String> error, String origin, List<String> warnings) {
    public Item {
        warnings = List.copyOf(warnings);
    }

    public static Item of(Article a) {
        return new Item(Optional.of(a), Optional.empty(), a.origin(), List.of());
    }

    public static Item of(Article a, List<String> warnings) {
        return new Item(Optional.of(a), Optional.empty(), a.origin(), warnings);
    }

    public static Item failed(String origin, String why) {
        return failed(origin, why, List.of());
    }

    public static Item failed(String origin, String why, List<String> warnings) {
        return new Item(Optional.empty(), Optional.of(why), origin, warnings);
    }
}
