package org.dipkg.extract;

import java.util.List;

/**
 * A person's name in a sentence, tokens [start, end), the words of the name as written
 * (honorifics and possessives left out), and whether the context makes it surely a person
 * (a title, an honorific, a speech verb) rather than only capitalized words.
 */
record NameHit(int sentence, int start, int end, List<String> words, boolean strong, List<TitleHit> titles) {
    String text() {
        return String.join(" ", words);
    }
}
