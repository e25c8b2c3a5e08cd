package org.dipkg.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.dipkg.extract.Lexicon;
import org.dipkg.extract.Text;
import org.dipkg.extract.TsvTable;
import org.dipkg.model.Actor;

/**
 * The office holders of {@code data/reference/office_holders.tsv} (in the jar as
 * {@code org/dipkg/reference/office_holders.tsv}), loaded and checked once per process: a
 * Wikidata item, a post that {@code titles.tsv} lists, a country or organization the lexicon
 * knows, dates in order; a bad row stops the program with {@code file:line: what is wrong}.
 *
 * <pre>
 *   List&lt;OfficeHolder&gt; terms = OfficeHolders.get().named("Joan Doe");
 * </pre>
 */
public final class OfficeHolders {
    static final String FILE = "reference/office_holders.tsv";
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static volatile OfficeHolders instance;

    private final List<OfficeHolder> terms;
    private final Map<String, List<OfficeHolder>> byName = new HashMap<>();
    private final Map<String, List<OfficeHolder>> bySurname = new HashMap<>();

    private OfficeHolders(List<OfficeHolder> terms) {
        this.terms = List.copyOf(terms);
        for (OfficeHolder t : terms) {
            String given = PersonNames.key(t.name()).split(" ")[0];
            for (String n : t.names()) {
                String k = PersonNames.key(n);
                add(byName, k, t);
                String last = k.substring(k.lastIndexOf(' ') + 1);
                if (!last.equals(given) || !k.contains(" ")) {
                    add(bySurname, last, t);
                }
            }
        }
    }

    private static void add(Map<String, List<OfficeHolder>> index, String key, OfficeHolder t) {
        List<OfficeHolder> list = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(t)) {
            list.add(t);
        }
    }

    /**
     * The SHA-256 of the file shipped in the jar, in hex: what a store compares to tell that
     * its articles were linked to other office holders and must be converted again.
     */
    public static String digest() {
        try (InputStream in = OfficeHolders.class.getClassLoader().getResourceAsStream("org/dipkg/" + FILE)) {
            byte[] bytes = in == null ? new byte[0] : in.readAllBytes();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file shipped in the jar, read on first use. */
    public static OfficeHolders get() {
        OfficeHolders h = instance;
        if (h == null) {
            synchronized (OfficeHolders.class) {
                if (instance == null) {
                    instance = load(FILE, Lexicon.get(), PostClasses.load());
                }
                h = instance;
            }
        }
        return h;
    }

    /** A file of office holders from the classpath, under {@code org/dipkg/}. */
    public static OfficeHolders load(String resource, Lexicon lexicon, PostClasses posts) {
        List<TsvTable.Row> rows = TsvTable.read(resource, "qid", "name", "post", "of", "start", "source");
        Map<String, String> nameOfQid = new HashMap<>();
        Map<String, java.util.Set<String>> qidsBySlug = new HashMap<>();
        for (TsvTable.Row r : rows) {
            String qid = r.get("qid");
            if (!QID.matcher(qid).matches()) {
                throw r.error("'" + qid + "' is not a Wikidata item (Q and digits)");
            }
            String before = nameOfQid.putIfAbsent(qid, r.get("name"));
            if (before != null && !before.equals(r.get("name"))) {
                throw r.error(qid + " is named '" + before + "' on an earlier line, here '" + r.get("name") + "'");
            }
            qidsBySlug.computeIfAbsent(Text.slug(r.get("name")), k -> new java.util.HashSet<>()).add(qid);
        }
        List<OfficeHolder> terms = new ArrayList<>();
        for (TsvTable.Row r : rows) {
            terms.add(term(r, lexicon, posts, qidsBySlug.get(Text.slug(r.get("name"))).size() > 1));
        }
        return new OfficeHolders(terms);
    }

    private static OfficeHolder term(TsvTable.Row r, Lexicon lexicon, PostClasses posts,
                                     boolean sharedName) {
        String title = r.get("post");
        String cls = posts.ofListed(title).orElseThrow(() -> r.error("post '" + title
                + "' is not a title of titles.tsv"));
        Actor of = lexicon.actor(r.get("of")).orElseThrow(() -> r.error("'" + r.get("of")
                + "' is neither a country of countries.tsv nor an organization of organizations.tsv"));
        LocalDate start = date(r, "start");
        Optional<LocalDate> end = r.get("end").isEmpty() ? Optional.empty() : Optional.of(date(r, "end"));
        if (end.isPresent() && end.get().isBefore(start)) {
            throw r.error("end " + end.get() + " is before start " + start);
        }
        String slug = Text.slug(r.get("name"));
        String qid = r.get("qid");
        String key = "person/" + (sharedName ? slug + "-" + qid.toLowerCase(java.util.Locale.ROOT)
                : slug);
        return new OfficeHolder(qid, r.get("name"), r.list("variants"), new OfficeHolder.Post(title, cls), of,
                new OfficeHolder.Term(start, end), key, r.file() + ":" + r.line());
    }

    private static LocalDate date(TsvTable.Row r, String column) {
        try {
            return LocalDate.parse(r.get(column));
        } catch (DateTimeParseException e) {
            throw r.error(column + " '" + r.get(column) + "' is not a date (YYYY-MM-DD)");
        }
    }

    public List<OfficeHolder> terms() {
        return terms;
    }

    /**
     * The terms of everyone who goes by this name (compared as {@link PersonNames#key}); for
     * one word ("Dvorsky"), of everyone one of whose names ends with it, a name written surname
     * first aside.
     */
    public List<OfficeHolder> named(String name) {
        String k = PersonNames.key(name);
        return (k.contains(" ") ? byName : bySurname).getOrDefault(k, List.of());
    }
}
