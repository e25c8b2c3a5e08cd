package org.dipkg.link;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.dipkg.extract.Text;

/**
 * The form person names are compared in: lower case, accents and punctuation folded,
 * initials and the suffixes Jr and Sr dropped, so "Daniel J. Marsh Jr." is "daniel marsh".
 */
final class PersonNames {
    private PersonNames() {
    }

    static String key(String name) {
        return Arrays.stream(Text.key(name).split(" "))
                .filter(w -> w.length() > 1 && !w.equals("jr") && !w.equals("sr"))
                .collect(Collectors.joining(" "));
    }

    /** Words of the compared form: a full name has two or more. */
    static int words(String name) {
        String k = key(name);
        return k.isEmpty() ? 0 : k.split(" ").length;
    }
}
