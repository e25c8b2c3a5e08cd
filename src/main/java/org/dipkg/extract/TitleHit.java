package org.dipkg.extract;

import java.util.Optional;

import org.dipkg.model.Actor;

/**
 * A title of office in a sentence, tokens [start, end), with the affiliation the text
 * gives it ("Russian", "of Japan", "NATO", "India's"), and whether it is plural.
 */
record TitleHit(int sentence, int start, int end, String title, String titleClass, Optional<Actor> affiliation,
                boolean plural, boolean definite) {
    TitleHit withAffiliation(Optional<Actor> a) {
        return new TitleHit(sentence, start, end, title, titleClass, a, plural, definite);
    }

    TitleHit withEnd(int newEnd, String newTitle) {
        return new TitleHit(sentence, start, newEnd, newTitle, titleClass, affiliation, plural, definite);
    }
}
