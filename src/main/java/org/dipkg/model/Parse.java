package org.dipkg.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What a trained parser says of a sentence's tokens, index by index: Penn Treebank
 * tags, named-entity tags (BILOU with OntoNotes types: {@code B-PERSON}, {@code U-GPE},
 * {@code O}), the index of each token's syntactic head ({@code -1} for the root) and
 * the dependency label ({@code nsubj}, {@code dobj}, {@code pobj}, {@code conj}, ...).
 * {@link #NONE} for a sentence that was not parsed.
 *
 * <pre>
 *   int verb = parse.head(subjectIndex);     // "Okafor met Ruiz": head of "Okafor" is "met"
 *   List&lt;Integer&gt; deps = parse.children(verb);
 * </pre>
 */
public record Parse(List<String> tags, List<String> entities, List<Integer> heads, List<String> labels) {
    public static final Parse NONE = new Parse(List.of(), List.of(), List.of(), List.of());

    public Parse {
        tags = List.copyOf(tags);
        entities = List.copyOf(entities);
        heads = List.copyOf(heads);
        labels = List.copyOf(labels);
        if (entities.size() != tags.size() || heads.size() != tags.size() || labels.size() != tags.size()) {
            throw new IllegalArgumentException("a parse needs one tag, entity, head and label per token");
        }
    }

    public boolean isEmpty() {
        return heads.isEmpty();
    }

    public int size() {
        return heads.size();
    }

    public int head(int i) {
        return heads.get(i);
    }

    public String label(int i) {
        return labels.get(i);
    }

    public String entity(int i) {
        return entities.get(i);
    }

    public String tag(int i) {
        return tags.get(i);
    }

    /** The tokens whose head is token {@code i}, in order. */
    public List<Integer> children(int i) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < heads.size(); k++) {
            if (heads.get(k) == i) {
                out.add(k);
            }
        }
        return out;
    }

    /** The entity type of token {@code i} ("PERSON", "GPE", "ORG", ...), or "" outside an entity. */
    public String entityType(int i) {
        String e = entities.get(i);
        int dash = e.indexOf('-');
        return dash < 0 ? "" : e.substring(dash + 1);
    }

    /** True when some token of [from, to) is in an entity of this type ("PERSON", "ORG", ...). */
    public boolean anyEntity(int from, int to, String type) {
        for (int k = from; k < to; k++) {
            if (entityType(k).equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** True when every token of [from, to) is in an entity of this type. */
    public boolean allEntity(int from, int to, String type) {
        for (int k = from; k < to; k++) {
            if (!entityType(k).equals(type)) {
                return false;
            }
        }
        return true;
    }

    /** True when token {@code i} begins an entity (B- or U-). */
    public boolean entityStarts(int i) {
        String e = entities.get(i);
        return e.startsWith("B-") || e.startsWith("U-");
    }

    /** True when token {@code i} ends an entity (L- or U-). */
    public boolean entityEnds(int i) {
        String e = entities.get(i);
        return e.startsWith("L-") || e.startsWith("U-");
    }
}
