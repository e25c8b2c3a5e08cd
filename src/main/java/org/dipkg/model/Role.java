package org.dipkg.model;

import java.util.Optional;

/** A post a person holds: the title as stated, and whose post it is. */
public record Role(Actor person, String title, Optional<Actor> affiliation, Evidence evidence) {
}
