package org.dipkg.serve;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets browser pages from any origin read the server's answers: every response
 * allows any origin and exposes the result-cap headers; a CORS preflight is
 * answered here with the methods and request headers a read-only client needs.
 */
final class CorsFilter extends HttpFilter {
    static final String ALLOWED_METHODS = "GET, POST, HEAD, OPTIONS";
    static final String ALLOWED_HEADERS = "Accept, Content-Type, Origin, X-Requested-With";
    static final String EXPOSED_HEADERS = String.join(", ",
            CappedQueryProcessor.TRUNCATED_HEADER, CappedQueryProcessor.CAP_HEADER, "Content-Type", "Content-Length");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        boolean preflight = "OPTIONS".equals(request.getMethod())
                && request.getHeader("Origin") != null
                && request.getHeader("Access-Control-Request-Method") != null;
        if (!preflight) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
        response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        response.setHeader("Access-Control-Max-Age", "3600");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
