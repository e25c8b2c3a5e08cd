package org.dipkg.model;

/**
 * A place in the text that names an actor, with how it names it.
 */
public record Mention(Actor actor, int sentence, int begin, int end, String surface, Form form) {
    /** How a mention names its actor. */
    public enum Form {
        NAME, SHORT_NAME, DEMONYM, CAPITAL, SEAT, TITLE, PRONOUN, GROUP
    }
}
