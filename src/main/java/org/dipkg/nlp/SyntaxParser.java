package org.dipkg.nlp;

import java.util.List;

import org.dipkg.model.Parse;
import org.dipkg.model.Token;

/**
 * A trained parser: named entities and dependency syntax for the tokens of one sentence.
 * Implementations are thread-safe.
 *
 * <pre>
 *   Parse p = Nlp4jParser.get().parse(sentence.tokens());
 * </pre>
 */
public interface SyntaxParser {
    Parse parse(List<Token> tokens);
}
