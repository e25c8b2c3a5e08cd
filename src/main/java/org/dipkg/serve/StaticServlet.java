package org.dipkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonObject;

/**
 * Serves the query page and the files the pages load, all read once at start, by a fixed
 * table of paths: the query page at {@code /}; the pages' own files from
 * {@code org/dipkg/serve/static/} at {@code /static/NAME} (the queries the pictures send
 * at {@code /static/queries/NAME.rq});
 * the browser libraries at {@code /static/vendor/NAME}, each a file of its jar as
 * {@code vendor.properties} says (the build writes the pom's versions into it); and the
 * prefixes of {@link Namespaces} at {@code /static/prefixes.json}, in the form prefix.cc
 * gives them; the site's icon at {@code /static/icon.svg} and {@code /favicon.ico}. Any other path is a 404; nothing is looked up by a name taken from the
 * request, so no path can reach outside the table. Every file has an ETag, and a request
 * that names it in If-None-Match gets 304 without the body.
 */
final class StaticServlet extends HttpServlet {
    static final String PREFIX = "/static/";
    /** Where browsers look for a site's icon when a page names none: the icon, as SVG. */
    static final String FAVICON = "/favicon.ico";
    private static final String FOLDER = "org/dipkg/serve/static/";
    private static final String VENDOR = "org/dipkg/serve/vendor.properties";
    private static final List<String> OWN = List.of("index.html", "style.css", "app.js", "chart.js", "pictures.js", "timeline.js", "network.js", "activity.js",
            "icon.svg",
            "queries/timeline.rq", "queries/meeting-actors.rq", "queries/network.rq", "queries/activity.rq");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "rq", "application/sparql-query; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml");

    private record File(byte[] bytes, String contentType, String etag) {
        static File of(String name, byte[] bytes) {
            String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
            if (type == null) {
                throw new IllegalStateException("No content type for " + name);
            }
            return new File(bytes, type, StaticServlet.etag(bytes));
        }
    }

    private final transient Map<String, File> files;

    StaticServlet() {
        Map<String, File> all = new HashMap<>();
        for (String name : OWN) {
            all.put(PREFIX + name, File.of(name, read(FOLDER + name)));
        }
        vendor().forEach((name, path) -> all.put(PREFIX + "vendor/" + name, File.of(name, read(path))));
        all.put(PREFIX + "prefixes.json", File.of("prefixes.json", prefixes()));
        all.put("/", all.get(PREFIX + "index.html"));
        all.put(FAVICON, all.get(PREFIX + "icon.svg"));
        this.files = Map.copyOf(all);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = HttpIO.rawPath(request);
        File file = files.get(path.isEmpty() ? "/" : path);
        if (file == null) {
            HttpIO.text(response, HttpServletResponse.SC_NOT_FOUND, "Not found");
            return;
        }
        response.setHeader("ETag", file.etag());
        response.setHeader("Cache-Control", "no-cache");
        String known = request.getHeader("If-None-Match");
        if (known != null && (known.contains(file.etag()) || known.trim().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(file.contentType());
        response.setContentLength(file.bytes().length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(file.bytes());
        }
    }

    /** Served name under {@code /static/vendor/} to classpath resource, from {@code vendor.properties}. */
    private static Map<String, String> vendor() {
        Properties properties = new Properties();
        try (StringReader in = new StringReader(new String(read(VENDOR), StandardCharsets.UTF_8))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> vendor = new HashMap<>();
        properties.forEach((name, resource) -> vendor.put((String) name, (String) resource));
        return vendor;
    }

    private static byte[] prefixes() {
        JsonObject json = new JsonObject();
        new TreeMap<>(Namespaces.PREFIXES.getNsPrefixMap()).forEach(json::put);
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A classpath resource's bytes; a missing one stops the server from starting. */
    static byte[] read(String resource) {
        try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
