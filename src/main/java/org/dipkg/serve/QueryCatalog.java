package org.dipkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The named queries found once, at start, in a classpath folder: every
 * {@code NAME.rq} directly in it, from directories and jars alike. Names are
 * letters, digits, {@code -} and {@code _}; other files are ignored.
 *
 * <pre>
 *   QueryCatalog catalog = QueryCatalog.fromClasspath("org/dipkg/queries");
 *   catalog.get("meetings").map(NamedQuery::text);
 * </pre>
 */
final class QueryCatalog {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final String SUFFIX = ".rq";

    private final Map<String, NamedQuery> queries;

    private QueryCatalog(Map<String, NamedQuery> queries) {
        this.queries = queries;
    }

    static QueryCatalog fromClasspath(String folder) {
        return fromClasspath(QueryCatalog.class.getClassLoader(), folder);
    }

    static QueryCatalog fromClasspath(ClassLoader loader, String folder) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                names.addAll(fileNames(roots.nextElement(), folder));
            }
            TreeMap<String, NamedQuery> queries = new TreeMap<>();
            for (String file : names) {
                String name = file.substring(0, file.length() - SUFFIX.length());
                if (NAME.matcher(name).matches()) {
                    queries.put(name, NamedQuery.parse(name, read(loader, folder + "/" + file)));
                }
            }
            return new QueryCatalog(Collections.unmodifiableSortedMap(queries));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the queries in " + folder, e);
        }
    }

    Collection<NamedQuery> all() {
        return queries.values();
    }

    Optional<NamedQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    private static TreeSet<String> fileNames(URL root, String folder) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        if (root.getProtocol().equals("file")) {
            try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SUFFIX)).forEach(names::add);
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        } else if (root.getProtocol().equals("jar")) {
            JarURLConnection jar = (JarURLConnection) root.openConnection();
            jar.setUseCaches(false);
            String prefix = folder + "/";
            try (var file = jar.getJarFile()) {
                file.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(prefix) && n.endsWith(SUFFIX))
                        .map(n -> n.substring(prefix.length()))
                        .filter(n -> !n.contains("/"))
                        .forEach(names::add);
            }
        }
        return names;
    }

    private static String read(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
