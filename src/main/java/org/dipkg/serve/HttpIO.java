package org.dipkg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/** Reading requests and writing responses for the server's own routes. */
final class HttpIO {
    static final String HTML = "text/html";

    private HttpIO() {
    }

    /** The configured public base, or this server's own address as seen by the request. */
    static ServedIris iris(String configuredBase, HttpServletRequest request) {
        if (configuredBase != null) {
            return ServedIris.at(configuredBase);
        }
        return ServedIris.at("http://localhost:" + request.getLocalPort() + request.getContextPath() + "/");
    }

    /** The request path after the context path, still percent-encoded. */
    static String rawPath(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    /**
     * The RDF format asked for by the {@code format} parameter or the Accept
     * header; empty when HTML is wanted (only if {@code html} is offered).
     */
    static Optional<RdfFormat> chooseRdf(HttpServletRequest request, boolean html) {
        String format = request.getParameter("format");
        if (format != null) {
            if (html && format.equals("html")) {
                return Optional.empty();
            }
            Optional<RdfFormat> named = RdfFormat.ofShortName(format);
            if (named.isPresent()) {
                return named;
            }
        }
        List<String> offers = new ArrayList<>(RdfFormat.mediaTypes());
        if (html) {
            offers.add(HTML);
        }
        String chosen = ContentNegotiation.choose(request.getHeader("Accept"), offers);
        return RdfFormat.ofMediaType(chosen);
    }

    /** Writes the model; one that has no prefixes of its own gets those of {@link Namespaces} it uses. */
    static void rdf(HttpServletResponse response, Model model, RdfFormat format) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.mediaType() + "; charset=utf-8");
        response.setHeader("Vary", "Accept");
        if (model.numPrefixes() == 0) {
            model.setNsPrefixes(Namespaces.usedIn(model));
        }
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, model, format.lang());
        }
    }

    static void html(HttpServletResponse response, int status, String page) throws IOException {
        response.setHeader("Vary", "Accept");
        send(response, status, "text/html; charset=utf-8", page);
    }

    static void text(HttpServletResponse response, int status, String message) throws IOException {
        send(response, status, "text/plain; charset=utf-8", message + "\n");
    }

    static void send(HttpServletResponse response, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }
}
