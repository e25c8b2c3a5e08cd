package org.dipkg.serve;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

/**
 * Which remote endpoints a query may call with {@code SERVICE}: none unless
 * listed. A listed prefix {@code http://host:port/path} allows a URL with the
 * same scheme, host and port whose path is that path or continues it after a
 * {@code /}, or after anything when the prefix ends with {@code /}.
 *
 * <pre>
 *   ServiceAllowList allow = ServiceAllowList.of(List.of("http://other:3031/ds/sparql"));
 *   allow.allows("http://other:3031/ds/sparql");   // true
 *   allow.allows("http://other:3031/admin");       // false
 *   allow.applyTo(context);                        // enforce it for queries run with this context
 * </pre>
 */
public final class ServiceAllowList {
    static {
        JenaSystem.init();
    }

    private record Prefix(String scheme, String host, int port, String path) {
        static Optional<Prefix> parse(String url) {
            try {
                URI uri = new URI(url);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                        || uri.getRawUserInfo() != null) {
                    return Optional.empty();
                }
                int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
                String path = uri.getRawPath() == null ? "" : uri.getRawPath();
                return Optional.of(new Prefix(scheme, uri.getHost().toLowerCase(Locale.ROOT), port, path));
            } catch (Exception e) {
                return Optional.empty();
            }
        }

        boolean covers(Prefix url) {
            if (!scheme.equals(url.scheme) || !host.equals(url.host) || port != url.port) {
                return false;
            }
            if (path.isEmpty() || path.endsWith("/")) {
                return url.path.startsWith(path);
            }
            return url.path.equals(path) || url.path.startsWith(path + "/");
        }
    }

    private static final ServiceAllowList NONE = new ServiceAllowList(List.of(), List.of());

    private final List<String> prefixes;
    private final List<Prefix> parsed;

    private ServiceAllowList(List<String> prefixes, List<Prefix> parsed) {
        this.prefixes = prefixes;
        this.parsed = parsed;
    }

    public static ServiceAllowList none() {
        return NONE;
    }

    /** @throws IllegalArgumentException for a prefix that is not an absolute http(s) URL */
    public static ServiceAllowList of(Collection<String> prefixes) {
        List<Prefix> parsed = prefixes.stream()
                .map(p -> Prefix.parse(p).orElseThrow(
                        () -> new IllegalArgumentException("Not an http(s) URL prefix for SERVICE: " + p)))
                .toList();
        return new ServiceAllowList(List.copyOf(prefixes), parsed);
    }

    public List<String> prefixes() {
        return prefixes;
    }

    public boolean isEmpty() {
        return prefixes.isEmpty();
    }

    public boolean allows(String serviceUrl) {
        return Prefix.parse(serviceUrl).map(url -> parsed.stream().anyMatch(p -> p.covers(url))).orElse(false);
    }

    /** The message given when a query asks for a SERVICE this list does not allow. */
    public String refusal(String serviceUrl) {
        String why = isEmpty()
                ? "SERVICE to remote endpoints is off on this server"
                : "allowed URL prefixes: " + String.join(", ", prefixes);
        return "SERVICE <" + serviceUrl + "> refused: " + why;
    }

    /**
     * Enforces this list for queries executed with {@code context}: puts there a
     * copy of ARQ's service executor registry whose first links check each
     * SERVICE call, ARQ's own SERVICE switch, on only when something is allowed, and an
     * HTTP client that follows no redirect and answers before the query's deadline
     * ({@link DeadlineHttpClient}).
     */
    public void applyTo(Context context) {
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.get());
        AllowListServiceExecutor check = new AllowListServiceExecutor(this);
        registry.addBulkLink(check);
        registry.addSingleLink(check);
        ServiceExecutorRegistry.set(context, registry);
        context.set(ARQ.httpServiceAllowed, !isEmpty());
        context.set(Service.httpQueryClient, new DeadlineHttpClient(Duration.ofSeconds(10)));
    }
}
