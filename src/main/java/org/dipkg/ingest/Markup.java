package org.dipkg.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a web page, or text full of HTML tags, from article text. Analysing markup
 * would turn script and attribute values into quotations and names, so such input is
 * refused with the place of the first tag; a stray tag or two is let through.
 *
 * <pre>
 *   Optional&lt;Markup.Found&gt; html = Markup.find(text);
 * </pre>
 */
final class Markup {
    /** More tags than this, and the text is markup. */
    static final int MAX_TAGS = 10;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final Pattern PAGE = Pattern.compile(
            "\\A\\s*(<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]|<body[\\s>])", FLAGS);
    private static final Pattern TAG = Pattern.compile("</?(html|head|body|div|p|span|a|br|hr|script|style|meta|link"
            + "|table|tr|td|th|ul|ol|li|h[1-6]|article|section|nav|header|footer|main|aside|img|iframe|form"
            + "|input|button|figure|figcaption|strong|em|b|i|u|blockquote|noscript|svg)(\\s[^<>]{0,500})?/?>", FLAGS);

    /** Where the markup starts and what it is. */
    record Found(int offset, String what) {
    }

    private Markup() {
    }

    static Optional<Found> find(String text) {
        Matcher page = PAGE.matcher(text);
        if (page.find()) {
            String start = page.group(1).strip();
            return Optional.of(new Found(page.start(1), "an HTML page (it starts with " + start
                    + (start.endsWith(">") ? "" : "...") + "), not article text"));
        }
        Matcher tag = TAG.matcher(text);
        int count = 0;
        int first = -1;
        while (tag.find()) {
            first = first < 0 ? tag.start() : first;
            count++;
        }
        if (count > MAX_TAGS) {
            return Optional.of(new Found(first, "HTML markup (" + count + " tags), not article text"));
        }
        return Optional.empty();
    }
}
