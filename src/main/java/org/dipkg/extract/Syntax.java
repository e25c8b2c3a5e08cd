package org.dipkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dipkg.model.Parse;

/**
 * Relations read from a sentence's dependency tree, in terms of the actors it names:
 * the subjects of a verb (inherited through coordination, control and participles:
 * "Okafor arrived and met ...", "Okafor went to Lima to meet ..."), the objects of
 * a verb or of its prepositions ("met with X", "spoke to X", "called on X"), and the
 * actors of a noun phrase with its appositions and conjuncts ("her counterpart,
 * Tomas Quispe", "X, Y and Z"). Empty answers where the sentence has no parse.
 *
 * <pre>
 *   List&lt;ActorRef&gt; who = syntax.subjects(a, verbIndex);
 * </pre>
 */
final class Syntax {
    private static final Set<String> SUBJECT = Set.of("nsubj", "nsubjpass", "csubj");
    private static final Set<String> INHERITS = Set.of("conj", "xcomp", "advcl", "ccomp", "dep", "acl");
    private static final Set<String> PHRASE = Set.of("appos", "conj", "compound", "nmod", "poss");

    private final Doc doc;

    Syntax(Doc doc) {
        this.doc = doc;
    }

    static boolean has(Annotated a) {
        return !a.sentence.parse().isEmpty();
    }

    static Parse parse(Annotated a) {
        return a.sentence.parse();
    }

    /** The actors named by the subject of the verb at {@code v}, or of the verb it depends on. */
    List<ActorRef> subjects(Annotated a, int v) {
        if (!has(a)) {
            return List.of();
        }
        Parse p = parse(a);
        int cur = v;
        for (int depth = 0; depth < 4 && cur >= 0; depth++) {
            Set<ActorRef> out = new LinkedHashSet<>();
            for (int c : p.children(cur)) {
                if (SUBJECT.contains(p.label(c))) {
                    out.addAll(phrase(a, c));
                }
            }
            if (!out.isEmpty()) {
                return List.copyOf(out);
            }
            if (hasSubjectWord(a, cur)) {
                return List.of();
            }
            if (p.label(cur).equals("pcomp") && p.head(cur) >= 0 && p.label(p.head(cur)).equals("prep")
                    && p.tag(cur).equals("VBG")) {
                cur = p.head(p.head(cur));   // "after meeting X, Berg flew": the clause's subject
                continue;
            }
            if (!INHERITS.contains(p.label(cur)) && !p.label(cur).equals("relcl")) {
                return List.of();
            }
            if (p.label(cur).equals("relcl")) {
                return List.copyOf(phrase(a, p.head(cur)));
            }
            cur = p.head(cur);
        }
        return List.of();
    }

    /** A subject the tree has but that names no actor ("the talks were ...", "it"): no inheriting past it. */
    private static boolean hasSubjectWord(Annotated a, int v) {
        Parse p = parse(a);
        for (int c : p.children(v)) {
            if (SUBJECT.contains(p.label(c)) || p.label(c).equals("expl")) {
                return true;
            }
        }
        return false;
    }

    /** The actors named by the direct object of the verb at {@code v}. */
    List<ActorRef> objects(Annotated a, int v) {
        Set<ActorRef> out = new LinkedHashSet<>();
        if (!has(a)) {
            return List.of();
        }
        Parse p = parse(a);
        for (int c : p.children(v)) {
            if (p.label(c).equals("dobj") || p.label(c).equals("attr") || p.label(c).equals("oprd")) {
                out.addAll(phrase(a, c));
            }
        }
        return List.copyOf(out);
    }

    /** The actors governed by a preposition of the word at {@code w}: "with" in "met with X". */
    List<ActorRef> prepositional(Annotated a, int w, Set<String> prepositions) {
        Set<ActorRef> out = new LinkedHashSet<>();
        if (!has(a)) {
            return List.of();
        }
        Parse p = parse(a);
        for (int c : p.children(w)) {
            if ((p.label(c).equals("prep") || p.label(c).equals("agent") || p.label(c).equals("dative"))
                    && prepositions.contains(a.lower(c))) {
                for (int o : p.children(c)) {
                    if (p.label(o).equals("pobj") || p.label(o).equals("pcomp")) {
                        out.addAll(phrase(a, o));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** The actors a noun phrase headed at {@code h} names: the head, its appositions, conjuncts and modifiers. */
    List<ActorRef> phrase(Annotated a, int h) {
        Set<ActorRef> out = new LinkedHashSet<>();
        collect(a, h, out, 0);
        return List.copyOf(out);
    }

    private void collect(Annotated a, int t, Set<ActorRef> out, int depth) {
        if (depth > 8) {
            return;
        }
        ActorRef r = refAt(a, t);
        if (r != null) {
            out.add(r);
        }
        Parse p = parse(a);
        for (int c : p.children(t)) {
            String l = p.label(c);
            if (l.equals("appos") || l.equals("conj") || (r == null && PHRASE.contains(l))) {
                collect(a, c, out, depth + 1);
            } else if (r == null && l.equals("prep") && a.isWord(c, "of") && p.tag(t).startsWith("NN")
                    && (!p.tag(t).startsWith("NNP") || doc.cues().groupNouns().matchAt(a.tokens(), t).isPresent())) {
                // "the members of the Council", "officials of the Ministry", "The Members of the Council"
                for (int o : p.children(c)) {
                    if (p.label(o).equals("pobj")) {
                        collect(a, o, out, depth + 1);
                    }
                }
            }
        }
    }

    /** The actor reference covering token {@code t}, not an affiliation nor quoted, or null. */
    ActorRef refAt(Annotated a, int t) {
        for (ActorRef r : doc.refs(a.sentence.index())) {
            if (t >= r.start() && t < r.end() && !r.quoted() && !r.affiliation()) {
                return r;
            }
        }
        return null;
    }

    /** The nearest verb at or above token {@code t}, or -1. */
    static int governingVerb(Annotated a, int t) {
        if (!has(a)) {
            return -1;
        }
        Parse p = parse(a);
        int cur = t;
        for (int depth = 0; depth < 8 && cur >= 0; depth++) {
            if (p.tag(cur).startsWith("VB")) {
                return cur;
            }
            cur = p.head(cur);
        }
        return -1;
    }

    /** Indexes of the tokens on the path from {@code t} up to the root. */
    static List<Integer> ancestors(Annotated a, int t) {
        List<Integer> out = new ArrayList<>();
        Parse p = parse(a);
        int cur = p.head(t);
        while (cur >= 0 && out.size() < 30) {
            out.add(cur);
            cur = p.head(cur);
        }
        return out;
    }
}
