package org.dipkg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The first filter every request meets. It refuses what the server should not spend time
 * on, and reads the rest whole before anything else runs:
 * <ul>
 * <li>TRACE and TRACK: 405 (they would echo the request headers);</li>
 * <li>a body over {@link #MAX_BODY} bytes, however it is sent (Content-Length, chunked, a
 *     form): 413, after at most {@link #MAX_BODY} bytes have been kept;</li>
 * <li>a body that takes longer than the query timeout to arrive: 408;</li>
 * <li>an unknown charset, or a query string or form body that is not well-formed
 *     percent-encoded text in its charset: 400.</li>
 * </ul>
 * What passes goes on as a {@link BufferedRequest}: its body in memory, its parameters decoded.
 */
final class RequestLimitFilter extends HttpFilter {
    /** Largest request body accepted: a SPARQL query is never this long. */
    static final long MAX_BODY = 1L << 20;
    /** Bodies up to this size are read and dropped before the refusal; larger ones close the connection. */
    static final long MAX_DRAINED = 64L << 20;
    private static final String FORM_TYPE = "application/x-www-form-urlencoded";

    private final Duration readLimit;

    RequestLimitFilter(Duration readLimit) {
        this.readLimit = readLimit;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (method.equals("TRACE") || method.equals("TRACK")) {
            response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            HttpIO.text(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, method + " is not supported.");
            return;
        }
        Optional<Charset> charset;
        try {
            charset = charset(request.getHeader("Content-Type"));
        } catch (IllegalArgumentException e) {
            dropBody(request, response, request.getContentLengthLong());
            HttpIO.text(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        long length = request.getContentLengthLong();
        if (length > MAX_BODY) {
            refuseTooLarge(request, response, length, "Request body too large: " + length + " bytes");
            return;
        }
        byte[] body = new byte[0];
        if (length > 0 || request.getHeader("Transfer-Encoding") != null) {
            Body read = read(request.getInputStream());
            if (read.tooLarge) {
                refuseTooLarge(request, response, -1, "Request body too large");
                return;
            }
            if (read.tooSlow) {
                response.setHeader("Connection", "close");
                HttpIO.text(response, HttpServletResponse.SC_REQUEST_TIMEOUT, "The request body took longer than "
                        + readLimit.toSeconds() + " s to arrive.");
                return;
            }
            body = read.bytes;
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        try {
            FormDecoder.decode(request.getQueryString(), StandardCharsets.UTF_8, parameters);
            if (mediaType(request.getHeader("Content-Type")).equals(FORM_TYPE)) {
                Charset formCharset = charset.orElse(StandardCharsets.UTF_8);
                FormDecoder.decode(new String(body, StandardCharsets.ISO_8859_1), formCharset, parameters);
            }
        } catch (FormDecoder.MalformedException e) {
            HttpIO.text(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        chain.doFilter(new BufferedRequest(request, body, charset.orElse(StandardCharsets.UTF_8), parameters),
                response);
    }

    private record Body(byte[] bytes, boolean tooLarge, boolean tooSlow) {
    }

    /** Reads up to the limit and the read deadline; past the limit, drops up to {@link #MAX_DRAINED} bytes. */
    private Body read(InputStream in) throws IOException {
        long deadline = System.nanoTime() + readLimit.toNanos();
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total <= MAX_BODY) {
                kept.write(buffer, 0, n);
            }
            if (System.nanoTime() > deadline) {
                return new Body(null, false, true);
            }
            if (total > MAX_DRAINED) {
                return new Body(null, true, false);
            }
        }
        return total > MAX_BODY ? new Body(null, true, false) : new Body(kept.toByteArray(), false, false);
    }

    private static void refuseTooLarge(HttpServletRequest request, HttpServletResponse response, long length,
            String what) throws IOException {
        dropBody(request, response, length);
        HttpIO.text(response, 413, what + "; the limit is " + MAX_BODY + " bytes.");
    }

    /**
     * Before an answer that does not read the body: a short body is read and dropped, so that the
     * client, still sending, gets the answer; a long or unknown one closes the connection after it.
     */
    private static void dropBody(HttpServletRequest request, HttpServletResponse response, long length)
            throws IOException {
        if (length > MAX_DRAINED || length < 0) {
            response.setHeader("Connection", "close");
        } else if (length > 0) {
            request.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    /** The charset named by a Content-Type, if any. */
    static Optional<Charset> charset(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring("charset=".length()).trim().replace("\"", "");
                try {
                    return Optional.of(Charset.forName(name));
                } catch (IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
                    throw new IllegalArgumentException("Unknown charset '" + name + "' in the Content-Type; "
                            + "send UTF-8.");
                }
            }
        }
        return Optional.empty();
    }

    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
