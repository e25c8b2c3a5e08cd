package org.dipkg.serve;

import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Rewrites a query so that every regular expression it evaluates is a {@link DeadlineRegex}:
 * {@code REGEX}, {@code REPLACE}, and the same functions called by IRI.
 *
 * <pre>
 *   Query safe = DeadlineRegexTransform.apply(query);
 * </pre>
 */
final class DeadlineRegexTransform extends ExprTransformCopy {
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";
    private static final String SPARQL = "http://www.w3.org/ns/sparql#";
    private static final Set<String> MATCH = Set.of(FN + "matches", SPARQL + "regex");
    private static final Set<String> REPLACE = Set.of(FN + "replace", SPARQL + "replace");

    private DeadlineRegexTransform() {
    }

    static Query apply(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new DeadlineRegexTransform());
    }

    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
        if (func instanceof E_Regex) {
            return new DeadlineRegex.Match(args);
        }
        if (func instanceof E_StrReplace) {
            return new DeadlineRegex.Replace(args);
        }
        if (func instanceof E_Function f) {
            if (MATCH.contains(f.getFunctionIRI())) {
                return new DeadlineRegex.Match(args);
            }
            if (REPLACE.contains(f.getFunctionIRI())) {
                return new DeadlineRegex.Replace(args);
            }
        }
        return super.transform(func, args);
    }
}
