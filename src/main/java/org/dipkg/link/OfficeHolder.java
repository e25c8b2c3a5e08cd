package org.dipkg.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.dipkg.model.Actor;

/**
 * One term of office: a person (Wikidata item, canonical name, other names), the post as a
 * title of {@code titles.tsv} with its class, the country or organization it belongs to, and
 * the dates (no end: in office).
 *
 * @param key the actor key every article gives this person ({@code person/joan-doe})
 * @param line where the term is written, {@code office_holders.tsv:LINE}
 */
public record OfficeHolder(String qid, String name, List<String> variants, Post post, Actor of,
                           Term term, String key, String line) {
    public OfficeHolder {
        variants = List.copyOf(variants);
    }

    /** A post: the title as the file writes it and the class {@code titles.tsv} gives it. */
    public record Post(String title, String titleClass) {
    }

    /** Dates of a term, both days included. */
    public record Term(LocalDate start, Optional<LocalDate> end) {
        public boolean covers(LocalDate d) {
            return !d.isBefore(start) && end.map(e -> !d.isAfter(e)).orElse(true);
        }
    }

    /** The canonical name and the variants. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), variants.stream()).toList();
    }
}
