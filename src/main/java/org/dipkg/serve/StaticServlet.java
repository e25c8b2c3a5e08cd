package org.dipkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the query page's files from {@code org/dipkg/serve/static/}: the page
 * itself at {@code /}, and {@code /static/NAME} for the fixed set of names below,
 * read once at start. Any other path is a 404; nothing is looked up by a name
 * taken from the request, so no path can reach outside the set.
 */
final class StaticServlet extends HttpServlet {
    static final String PREFIX = "/static/";
    private static final String FOLDER = "org/dipkg/serve/static/";
    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "style.css", "text/css; charset=utf-8");

    private record File(byte[] bytes, String contentType) {
    }

    private final transient Map<String, File> files;

    StaticServlet() {
        this.files = Map.copyOf(FILES.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey,
                        e -> new File(read(e.getKey()), e.getValue()))));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = HttpIO.rawPath(request);
        String name = path.equals("/") || path.isEmpty() ? "index.html"
                : path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : "";
        File file = files.get(name);
        if (file == null) {
            HttpIO.text(response, HttpServletResponse.SC_NOT_FOUND, "Not found");
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(file.contentType());
        response.setContentLength(file.bytes().length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(file.bytes());
        }
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + FOLDER + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
