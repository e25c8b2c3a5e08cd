package org.dipkg.model;

/** An actor's stated stance: support, opposition, concern, openness, a condition... */
public record Position(Actor holder, String text, String stance, boolean conditional, Evidence evidence) {
}
