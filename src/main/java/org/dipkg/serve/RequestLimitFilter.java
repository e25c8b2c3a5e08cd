package org.dipkg.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses requests the endpoint should not spend time on: a body larger than the limit
 * (413, before reading it) and a query string whose percent-encoded bytes are not UTF-8
 * (400, rather than a server error later).
 */
final class RequestLimitFilter extends HttpFilter {
    /** Largest request body accepted: a SPARQL query is never this long. */
    static final long MAX_BODY = 1L << 20;
    /** Bodies up to this size are read and dropped before the refusal; larger ones close the connection. */
    static final long MAX_DRAINED = 64L << 20;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        if (length > MAX_BODY) {
            if (length <= MAX_DRAINED) {
                // read and drop the body, so that the client, still sending, gets the answer
                request.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            } else {
                response.setHeader("Connection", "close");
            }
            HttpIO.text(response, 413, "Request body too large: " + length + " bytes; the limit is " + MAX_BODY
                    + " bytes.");
            return;
        }
        String query = request.getQueryString();
        if (query != null && !isUtf8(query)) {
            HttpIO.text(response, HttpServletResponse.SC_BAD_REQUEST,
                    "The query string is not UTF-8 once percent-decoded.");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isUtf8(String queryString) {
        ByteBuffer bytes = ByteBuffer.allocate(queryString.length());
        for (int i = 0; i < queryString.length(); i++) {
            char c = queryString.charAt(i);
            if (c == '%' && i + 2 < queryString.length()) {
                int hi = Character.digit(queryString.charAt(i + 1), 16);
                int lo = Character.digit(queryString.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return false;
                }
                bytes.put((byte) (hi * 16 + lo));
                i += 2;
            } else if (c > 0x7f) {
                return true;
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
