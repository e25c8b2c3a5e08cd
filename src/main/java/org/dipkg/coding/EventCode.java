package org.dipkg.coding;

import java.util.Optional;

import org.dipkg.model.Actor;

/**
 * The event code of a fact: its CAMEO code, its PLOVER type where one fits, the rule that
 * gave them ({@code file:line}), and the actors CAMEO reads as source and target: for a
 * meeting, the first participant and the counterpart the code is about (a visit's host).
 */
public record EventCode(String cameo, Optional<String> plover, String rule, Optional<Actor> source,
                        Optional<Actor> target) {
}
