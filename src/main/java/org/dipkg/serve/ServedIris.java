package org.dipkg.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.dipkg.rdf.DIP;

/**
 * Maps the canonical IRIs of the knowledge graph to the URLs where this server
 * answers for them, under a public base such as {@code http://localhost:3030/}:
 * <ul>
 * <li>{@code https://w3id.org/dipkg/id/PATH} to {@code BASE id/PATH}</li>
 * <li>{@code https://w3id.org/dipkg/ontology#Term} to {@code BASE ontology#Term}</li>
 * <li>{@code https://w3id.org/dipkg/graph/NAME} to the Graph Store read of that graph</li>
 * </ul>
 * Any other IRI is left as it is.
 *
 * <pre>
 *   ServedIris iris = ServedIris.at("http://localhost:3030/");
 *   iris.served("https://w3id.org/dipkg/id/country/france"); // http://localhost:3030/id/country/france
 * </pre>
 */
public final class ServedIris {
    /** The ontology's IRI: its namespace without the closing {@code #}. */
    public static final String ONTOLOGY = DIP.NAMESPACE.substring(0, DIP.NAMESPACE.length() - 1);

    private static final int MAX_PATH = 1024;

    private final String base;

    private ServedIris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static ServedIris at(String base) {
        return new ServedIris(base);
    }

    public String base() {
        return base;
    }

    public String endpoint() {
        return base + "dipkg/sparql";
    }

    public String graphStore() {
        return base + "dipkg/data";
    }

    public String voidDescription() {
        return base + ".well-known/void";
    }

    public String served(String iri) {
        if (iri.startsWith(DIP.ID)) {
            return base + "id/" + iri.substring(DIP.ID.length());
        }
        if (iri.equals(ONTOLOGY) || iri.startsWith(DIP.NAMESPACE)) {
            return base + "ontology" + iri.substring(ONTOLOGY.length());
        }
        if (iri.startsWith(DIP.GRAPH)) {
            return graphStore() + "?graph=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
        }
        return iri;
    }

    /**
     * The canonical IRI of the entity served at {@code BASE id/rawPath}, where
     * {@code rawPath} is still percent-encoded as it came in the request; empty
     * when the path is not a safe entity path.
     */
    public static Optional<String> entityIri(String rawPath) {
        return isSafePath(rawPath) ? Optional.of(DIP.ID + rawPath) : Optional.empty();
    }

    /**
     * Whether a raw request path is made of IRI path characters only, in
     * non-empty segments none of which is {@code .} or {@code ..}, with no
     * encoded slash, backslash, dot or control character.
     */
    public static boolean isSafePath(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.length() > MAX_PATH) {
            return false;
        }
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%') {
                if (!isSafeEscape(rawPath, i)) {
                    return false;
                }
            } else if (!isPathChar(c)) {
                return false;
            }
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSafeEscape(String s, int i) {
        if (i + 2 >= s.length()) {
            return false;
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
            return false;
        }
        int value = hi * 16 + lo;
        return value >= 0x20 && value != 0x7f && value != '/' && value != '\\' && value != '.' && value != '%';
    }

    private static boolean isPathChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
    }
}
