package org.dipkg.model;

import java.util.Optional;

/** A direct quotation and who said it, when and where. */
public record Statement(Optional<Actor> speaker, String quote, Optional<PartialDate> date, Optional<String> medium,
                        Evidence evidence) {
}
