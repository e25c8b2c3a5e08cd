package org.dipkg.link;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.dipkg.extract.Text;

/**
 * The form person names are compared in: lower case, accents and punctuation folded,
 * initials and the suffixes Jr and Sr dropped, so "Daniel J. Marsh Jr." is "daniel marsh";
 * and the spellings that English transliterations of Cyrillic names alternate between
 * folded to one, so "Sergey" and "Sergei" compare alike, as do "Dmitry",
 * "Dmitri" and "Dmitriy", "Nikolay" and "Nikolai", "Aleksey" and "Alexei".
 */
final class PersonNames {
    private PersonNames() {
    }

    static String key(String name) {
        return Arrays.stream(Text.key(name).split(" "))
                .filter(w -> w.length() > 1 && !w.equals("jr") && !w.equals("sr"))
                .map(PersonNames::transliteration)
                .collect(Collectors.joining(" "));
    }

    /** One spelling for the endings "-iy", "-yi", "-y" after a consonant or a vowel, and "ks" for "x". */
    static String transliteration(String word) {
        String w = word.replace("x", "ks");
        if (w.length() < 4) {
            return w;
        }
        if (w.endsWith("iy") || w.endsWith("yi")) {
            w = w.substring(0, w.length() - 2) + "i";
        } else if (w.endsWith("y")) {
            w = w.substring(0, w.length() - 1) + "i";
        }
        return w.replace("ii", "i");
    }

    /** Words of the compared form: a full name has two or more. */
    static int words(String name) {
        String k = key(name);
        return k.isEmpty() ? 0 : k.split(" ").length;
    }
}
