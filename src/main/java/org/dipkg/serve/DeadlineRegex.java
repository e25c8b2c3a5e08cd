package org.dipkg.serve;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;

/**
 * SPARQL's {@code REGEX} and {@code REPLACE} (and {@code fn:matches}, {@code fn:replace}) as
 * ARQ evaluates them, with Java's regular expressions, but matching over
 * {@link QueryDeadline#chars}: a pattern that backtracks without end stops at the query's
 * deadline. {@link DeadlineRegexTransform} puts them in place of ARQ's own.
 */
abstract class DeadlineRegex extends ExprFunctionN {
    private volatile Compiled last;

    private record Compiled(String pattern, String flags, Pattern compiled) {
    }

    DeadlineRegex(String name, ExprList args) {
        super(name, args);
    }

    /** The pattern of argument {@code at}, with the flags of argument {@code flagsAt} if present. */
    final Pattern pattern(List<NodeValue> args, int at, int flagsAt) {
        String pattern = NodeValueOps.checkAndGetStringLiteral(getFunctionSymbol().getSymbol(), args.get(at))
                .getLiteralLexicalForm();
        String flags = args.size() > flagsAt ? NodeValueOps.checkAndGetStringLiteral(
                getFunctionSymbol().getSymbol(), args.get(flagsAt)).getLiteralLexicalForm() : null;
        Compiled c = last;
        if (c == null || !c.pattern.equals(pattern) || !java.util.Objects.equals(c.flags, flags)) {
            c = new Compiled(pattern, flags, RegexEngine.makePattern(getFunctionSymbol().getSymbol(), pattern, flags));
            last = c;
        }
        return c.compiled;
    }

    static Node text(String function, NodeValue arg) {
        return NodeValueOps.checkAndGetStringLiteral(function, arg);
    }

    /** {@code REGEX(text, pattern [, flags])}. */
    static final class Match extends DeadlineRegex {
        Match(ExprList args) {
            super("regex", args);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            if (args.size() < 2 || args.size() > 3) {
                throw new ExprEvalException("REGEX: wrong number of arguments");
            }
            String text = text("REGEX", args.get(0)).getLiteralLexicalForm();
            return NodeValue.booleanReturn(pattern(args, 1, 2).matcher(QueryDeadline.chars(text)).find());
        }

        @Override
        public ExprFunctionN copy(ExprList newArgs) {
            return new Match(newArgs);
        }
    }

    /** {@code REPLACE(text, pattern, replacement [, flags])}: matches of the empty string are left alone. */
    static final class Replace extends DeadlineRegex {
        Replace(ExprList args) {
            super("replace", args);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            if (args.size() < 3 || args.size() > 4) {
                throw new ExprEvalException("REPLACE: wrong number of arguments");
            }
            Node node = text("replace", args.get(0));
            String text = node.getLiteralLexicalForm();
            String replacement = text("replace", args.get(2)).getLiteralLexicalForm();
            Matcher m = pattern(args, 1, 3).matcher(QueryDeadline.chars(text));
            StringBuilder out = new StringBuilder();
            try {
                while (m.find()) {
                    if (m.start() == m.end()) {
                        continue;
                    }
                    m.appendReplacement(out, replacement);
                }
                m.appendTail(out);
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage(), e);
            }
            String result = out.toString();
            if (result.equals(text)) {
                return args.get(0);
            }
            String lang = node.getLiteralLanguage();
            return NodeValue.makeNode(lang == null || lang.isEmpty() ? NodeFactory.createLiteralString(result)
                    : NodeFactory.createLiteralLang(result, lang));
        }

        @Override
        public ExprFunctionN copy(ExprList newArgs) {
            return new Replace(newArgs);
        }
    }
}
