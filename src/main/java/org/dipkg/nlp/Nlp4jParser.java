package org.dipkg.nlp;

import java.util.ArrayList;
import java.util.List;

import edu.emory.mathcs.nlp.component.template.NLPComponent;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;

import org.dipkg.model.Parse;
import org.dipkg.model.Token;

/**
 * Named entities and dependency syntax from Emory NLP4J's English models, over the
 * tokens our own tokenizer made (so offsets stay ours). Thread-safe: each call builds
 * its own node array; the models are shared and only read.
 *
 * <pre>
 *   Parse p = Nlp4jParser.get().parse(tokens);
 * </pre>
 */
public final class Nlp4jParser implements SyntaxParser {
    private static final Nlp4jParser INSTANCE = new Nlp4jParser();

    private Nlp4jParser() {
    }

    /** The parser; its models load on the first parse, or with {@link #load()}. */
    public static Nlp4jParser get() {
        return INSTANCE;
    }

    /** Loads the models now (they are otherwise loaded by the first parse). */
    public static void load() {
        Nlp4jModels.get();
    }

    @Override
    public Parse parse(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return Parse.NONE;
        }
        // "U.N" + "." as our tokenizer splits it is one word to the models: "U.N."
        int[] node = new int[tokens.size()];
        List<String> forms = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > 0 && absorbsPeriod(tokens.get(i - 1), t)) {
                forms.set(forms.size() - 1, forms.get(forms.size() - 1) + ".");
                node[i] = -1;
            } else {
                forms.add(form(t.text()));
                node[i] = forms.size();
            }
        }
        NLPNode[] nodes = new NLPNode[forms.size() + 1];
        nodes[0] = new NLPNode();
        nodes[0].toRoot();
        for (int i = 0; i < forms.size(); i++) {
            nodes[i + 1] = new NLPNode(i + 1, forms.get(i));
        }
        for (NLPComponent<NLPNode> c : Nlp4jModels.get().components) {
            c.process(nodes);
        }
        int[] tokenOf = new int[nodes.length];
        for (int i = 0; i < tokens.size(); i++) {
            if (node[i] > 0) {
                tokenOf[node[i]] = i;
            }
        }
        List<String> tags = new ArrayList<>(tokens.size());
        List<String> entities = new ArrayList<>(tokens.size());
        List<Integer> heads = new ArrayList<>(tokens.size());
        List<String> labels = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            if (node[i] < 0) {
                String prev = entities.get(i - 1);
                tags.add(".");
                entities.add(prev.startsWith("B-") || prev.startsWith("I-") ? "I-" + prev.substring(2) : "O");
                heads.add(i - 1);
                labels.add("punct");
                continue;
            }
            NLPNode n = nodes[node[i]];
            tags.add(orEmpty(n.getPartOfSpeechTag()));
            String e = n.getNamedEntityTag();
            entities.add(e == null || e.isEmpty() ? "O" : e);
            NLPNode h = n.getDependencyHead();
            heads.add(h == null || h.getID() == 0 ? -1 : tokenOf[h.getID()]);
            labels.add(orEmpty(n.getDependencyLabel()));
        }
        return new Parse(tags, entities, heads, labels);
    }

    /** "U.N" followed at once by "." : an abbreviation whose last period the tokenizer split off. */
    static boolean absorbsPeriod(Token before, Token period) {
        return period.text().equals(".") && period.begin() == before.end()
                && before.text().matches("(?:\\p{L}\\.)+\\p{L}");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The models were trained on Penn Treebank text: typographic quotes and dashes as it writes them. */
    static String form(String word) {
        return switch (word) {
            case "\u201c" -> "``";
            case "\u201d" -> "''";
            case "\u2018" -> "`";
            case "\u2019" -> "'";
            case "\u2013", "\u2014" -> "--";
            default -> word.replace('\u2019', '\'');
        };
    }
}
