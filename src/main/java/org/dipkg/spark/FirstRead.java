package org.dipkg.spark;

import java.io.Serializable;

import org.dipkg.rdf.Iris;

/**
 * The first article read of those with one key, and how many share it: articles whose ids
 * name the same graph are one article, the first in file order kept, as in {@code convert}.
 */
record FirstRead(String order, String id, String origin, int count) implements Serializable {
    static String key(String id) {
        return Iris.slug(id);
    }

    static FirstRead of(RawArticle r, String id) {
        return new FirstRead(r.order(), id, r.origin(), 1);
    }

    FirstRead and(FirstRead other) {
        FirstRead first = order.compareTo(other.order) <= 0 ? this : other;
        return new FirstRead(first.order, first.id, first.origin, count + other.count);
    }
}
