package org.dipkg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The pages of the pictures: the timeline of the meetings at {@code /timeline} and the
 * network of who met whom at {@code /network}. Each is the frame of {@link Html#page}
 * around its body, {@code org/dipkg/serve/pages/NAME.html}, and loads ECharts,
 * {@code static/pictures.js} and its own {@code static/NAME.js}, which draw the
 * picture from what this server's endpoint answers to the page's query.
 */
final class PicturesServlet extends HttpServlet {
    private static final String FOLDER = "org/dipkg/serve/pages/";
    private static final Map<String, String> TITLES = Map.of("timeline", "Timeline", "network", "Network");

    private final transient Map<String, String> bodies;
    private final String base;

    /** @param base the public base, or null for the server's own address */
    PicturesServlet(String base) {
        this.base = base;
        this.bodies = Map.copyOf(TITLES.keySet().stream().collect(Collectors.toMap(
                name -> name, name -> new String(StaticServlet.read(FOLDER + name + ".html"), StandardCharsets.UTF_8))));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = HttpIO.rawPath(request).substring(1);
        String body = bodies.get(name);
        if (body == null) {
            HttpIO.text(response, HttpServletResponse.SC_NOT_FOUND, "Not found");
            return;
        }
        HttpIO.html(response, HttpServletResponse.SC_OK, Html.page(HttpIO.iris(base, request), TITLES.get(name), body,
                List.of("static/vendor/echarts.min.js", "static/pictures.js", "static/" + name + ".js")));
    }
}
