package org.dipkg.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import org.dipkg.model.Sentence;
import org.dipkg.model.Token;

/**
 * Splits a document into paragraphs (lines), sentences and tokens, and tags each
 * token with its universal POS tag and lemma. Not thread-safe (OpenNLP's ME classes
 * are not): use one per thread.
 *
 * <pre>
 *   List&lt;Sentence&gt; sentences = new Analyzer(NlpModels.get()).analyze(text);
 * </pre>
 */
public final class Analyzer {
    /** Longer "sentences" (tables, run-on lines) are cut into pieces of this many characters at most. */
    static final int MAX_SENTENCE_CHARS = 1_500;

    private static final java.util.Set<String> ABBREVIATIONS = WordList.load("abbreviations.tsv");
    private static final java.util.regex.Pattern MIDDLE_INITIAL =
            java.util.regex.Pattern.compile("\\b(\\p{Lu}\\p{Ll}+|\\p{Lu}\\.)\\s+\\p{Lu}\\.$");
    private static final java.util.Set<String> OPENERS = WordList.load("sentence_openers.tsv");

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;
    private final SyntaxParser parser;

    /** An analyser whose lemmas come from rules ({@link Lemmas}), without entities and syntax. */
    public Analyzer(NlpModels models) {
        this(models, false, null);
    }

    /**
     * An analyser; with {@code statisticalLemmas} the lemmas come from OpenNLP's lemmatizer
     * model instead of rules (several times slower: its beam search ranks every edit script
     * for every token).
     */
    public Analyzer(NlpModels models, boolean statisticalLemmas) {
        this(models, statisticalLemmas, null);
    }

    /**
     * An analyser whose sentences also carry a {@link org.dipkg.model.Parse} from
     * {@code parser} (named entities and dependency syntax); {@code null} for none.
     */
    public Analyzer(NlpModels models, boolean statisticalLemmas, SyntaxParser parser) {
        this.parser = parser;
        this.sentences = new SentenceDetectorME(models.sentences);
        this.tokenizer = new TokenizerME(models.tokens);
        this.tagger = new POSTaggerME(models.pos);
        this.lemmatizer = statisticalLemmas ? new LemmatizerME(models.lemmas()) : null;
    }

    public List<Sentence> analyze(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                for (Span s : sentenceSpans(text, lineStart, lineEnd)) {
                    out.add(sentence(text, out.size(), paragraph, s.getStart(), s.getEnd()));
                }
                paragraph++;
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }

    private List<Span> sentenceSpans(String text, int from, int to) {
        String line = text.substring(from, to);
        List<Span> out = new ArrayList<>();
        for (Span s : mergeAfterAbbreviations(line, sentences.sentPosDetect(line))) {
            int b = from + s.getStart();
            int e = from + s.getEnd();
            while (e - b > MAX_SENTENCE_CHARS) {
                int cut = text.lastIndexOf(' ', b + MAX_SENTENCE_CHARS);
                cut = cut <= b ? b + MAX_SENTENCE_CHARS : cut;
                out.add(new Span(b, cut));
                b = cut;
                while (b < e && Character.isWhitespace(text.charAt(b))) {
                    b++;
                }
            }
            if (e > b) {
                out.add(new Span(b, e));
            }
        }
        return out;
    }

    private static String[] ruleLemmas(String[] words, String[] tags) {
        String[] out = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            int plus = tags[i].indexOf('+');
            out[i] = plus < 0 ? Lemmas.lemma(words[i], tags[i]) : words[i].toLowerCase(java.util.Locale.ROOT);
        }
        return out;
    }

    /**
     * Joins sentences the model split after an abbreviation ("former U.S. | President Ana
     * Pereira"), a middle initial ("Daniel J. | Marsh") or initials ("A.K. | Berg").
     */
    static List<Span> mergeAfterAbbreviations(String line, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                String before = line.substring(prev.getStart(), prev.getEnd());
                String lastWord = before.substring(before.lastIndexOf(' ') + 1);
                String next = line.substring(s.getStart(), s.getEnd()).split("\\s+", 2)[0];
                boolean initials = lastWord.matches("\\p{Lu}\\.") && next.matches("\\p{Lu}\\.")   // "H. | E. Ana Ruiz"
                        || lastWord.matches("\\p{Lu}(\\.\\p{Lu})+\\.");                        // "A.K. | Berg"
                if ((ABBREVIATIONS.contains(lastWord) || middleInitial(before) || initials)
                        && !next.isEmpty() && Character.isUpperCase(next.charAt(0))
                        && !OPENERS.contains(next.replaceAll("\\W+$", ""))) {
                    out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /** Text ending in a capitalized word or an initial and a capital initial: "Secretary Daniel J.", "F. W." */
    private static boolean middleInitial(String text) {
        return MIDDLE_INITIAL.matcher(text).find();
    }

    /**
     * Joins tokens the tokenizer cut inside a word of letters ("Ratno" as "Rat" + "no"):
     * two tokens of letters with nothing between them are one word. Contractions it splits
     * rightly keep their apostrophe ("don't") or stay one token with a double tag ("cannot").
     */
    static Span[] joinSplitWords(String s, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span span : spans) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                if (prev.getEnd() == span.getStart() && letters(s, prev) && letters(s, span)) {
                    out.set(out.size() - 1, new Span(prev.getStart(), span.getEnd()));
                    continue;
                }
            }
            out.add(span);
        }
        return out.size() == spans.length ? spans : out.toArray(new Span[0]);
    }

    private static boolean letters(String s, Span span) {
        for (int i = span.getStart(); i < span.getEnd(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return span.getEnd() > span.getStart();
    }

    private Sentence sentence(String text, int index, int paragraph, int begin, int end) {
        String s = text.substring(begin, end);
        Span[] spans = joinSplitWords(s, tokenizer.tokenizePos(s));
        String[] words = Span.spansToStrings(spans, s);
        String[] tags = tagger.tag(words);
        String[] lemmas = lemmatizer != null ? lemmatizer.lemmatize(words, tags) : ruleLemmas(words, tags);
        List<Token> tokens = new ArrayList<>(words.length + 4);
        for (int i = 0; i < words.length; i++) {
            Clitics.split(words[i], begin + spans[i].getStart(), tags[i], lemmas[i], tokens);
        }
        Sentence sentence = new Sentence(index, paragraph, begin, end, s, tokens);
        return parser == null ? sentence : sentence.withParse(parser.parse(sentence.tokens()));
    }
}
