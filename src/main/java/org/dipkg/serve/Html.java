package org.dipkg.serve;

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
        String base = iris.base();
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + " · dipkg</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + escape(base + "static/style.css") + "\">\n"
                + "</head>\n<body>\n<header><nav>"
                + link(base, "dipkg") + " " + link(base, "Query") + " "
                + link(base + "ontology", "Ontology") + " " + link(iris.voidDescription(), "VoID") + " "
                + link(iris.endpoint(), "Service description")
                + "</nav></header>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
    }
}
