package org.dipkg.store;

import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How RDF parse problems are reported: a warning is logged; an error stops the parse with an
 * exception carrying the message, which the command prints once (the parser does not log it too).
 */
final class ParseErrors implements ErrorHandler {
    static final ParseErrors HANDLER = new ParseErrors();
    private static final Logger LOG = LoggerFactory.getLogger("org.dipkg.store.parse");

    private ParseErrors() {
    }

    @Override
    public void warning(String message, long line, long col) {
        LOG.warn(where(line, col) + message);
    }

    @Override
    public void error(String message, long line, long col) {
        throw new RiotParseException(message, line, col);
    }

    @Override
    public void fatal(String message, long line, long col) {
        throw new RiotParseException(message, line, col);
    }

    private static String where(long line, long col) {
        return line < 0 ? "" : "[line: " + line + ", col: " + col + "] ";
    }
}
