package org.dipkg.serve;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, with a message saying why, every request to the dataset that would
 * change data: SPARQL Update (403) and Graph Store writes (405). Queries and
 * reads pass on to Fuseki.
 */
final class ReadOnlyFilter extends HttpFilter {
    static final String ALLOW = "GET, HEAD, OPTIONS";
    private static final Set<String> WRITES = Set.of("PUT", "DELETE", "PATCH");
    private static final String UPDATE_TYPE = "application/sparql-update";
    private static final String FORM_TYPE = "application/x-www-form-urlencoded";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        String type = mediaType(request.getContentType());
        boolean update = method.equals("POST") && (type.equals(UPDATE_TYPE)
                || (type.equals(FORM_TYPE) && request.getParameter("update") != null));
        if (update) {
            HttpIO.text(response, HttpServletResponse.SC_FORBIDDEN,
                    "This server is read-only: SPARQL Update is not accepted.");
        } else if (WRITES.contains(method) || (method.equals("POST") && !isQueryEndpoint(request))) {
            response.setHeader("Allow", ALLOW);
            HttpIO.text(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "This server is read-only: " + method + " to the graph store is not accepted.");
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean isQueryEndpoint(HttpServletRequest request) {
        return HttpIO.rawPath(request).equals(DipkgServer.DATASET + "/sparql");
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
