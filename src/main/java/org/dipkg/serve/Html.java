package org.dipkg.serve;

import java.util.List;

/** Escaping and the frame shared by the server's HTML pages. */
final class Html {
    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String link(String href, String text) {
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    /** A whole page: {@code body} is HTML already escaped where needed. */
    static String page(ServedIris iris, String title, String body) {
        return page(iris, title, body, List.of());
    }

    /** A whole page that loads {@code scripts}, paths under the base such as {@code static/app.js}, in order. */
    static String page(ServedIris iris, String title, String body, List<String> scripts) {
        String base = iris.base();
        StringBuilder tail = new StringBuilder();
        scripts.forEach(s -> tail.append("<script src=\"").append(escape(base + s)).append("\"></script>\n"));
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + " · dipkg</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + escape(base + "static/style.css") + "\">\n"
                + "<link rel=\"icon\" type=\"image/svg+xml\" href=\"" + escape(base + "static/icon.svg") + "\">\n"
                + "</head>\n<body>\n<header><nav>"
                + link(base, "dipkg") + " " + link(base, "Query") + " "
                + link(base + "timeline", "Timeline") + " " + link(base + "network", "Network") + " "
                + link(base + "ontology", "Ontology") + " " + link(iris.voidDescription(), "VoID") + " "
                + link(iris.endpoint(), "Service description")
                + "</nav></header>\n<main>\n" + body + "</main>\n" + tail + "</body>\n</html>\n";
    }
}
