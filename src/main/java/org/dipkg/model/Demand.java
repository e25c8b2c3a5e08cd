package org.dipkg.model;

import java.util.Optional;

/** A demand of one actor of another; lists of demands give one each, numbered from 1. */
public record Demand(Actor demander, Optional<Actor> addressee, String text, Optional<Integer> itemIndex,
                     Evidence evidence) {
}
