package org.dipkg.model;

import java.util.Optional;

/** A city where something happened. */
public record Place(String key, String name, Optional<String> wikidata, Optional<String> country) {
}
