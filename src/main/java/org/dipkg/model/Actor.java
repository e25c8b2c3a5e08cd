package org.dipkg.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A real actor: one per article however it is named, and named the same way across
 * articles. The key is the last path segment of its IRI.
 */
public record Actor(String key, String name, ActorKind kind, Optional<String> wikidata) {
    public Actor {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(wikidata, "wikidata");
    }
}
