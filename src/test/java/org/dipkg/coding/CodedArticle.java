package org.dipkg.coding;

import static org.dipkg.coding.Facts.FREEDONIA;
import static org.dipkg.coding.Facts.LINDQVIST;
import static org.dipkg.coding.Facts.OKAFOR;
import static org.dipkg.coding.Facts.ROLES;
import static org.dipkg.coding.Facts.RUIZ;
import static org.dipkg.coding.Facts.RURITANIA;
import static org.dipkg.coding.Facts.STRELSAU;
import static org.dipkg.coding.Facts.SYLVANIA;
import static org.dipkg.coding.Facts.TOLEDANO;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dipkg.model.Article;
import org.dipkg.model.DateSource;
import org.dipkg.model.Demand;
import org.dipkg.model.Evidence;
import org.dipkg.model.Extraction;
import org.dipkg.model.Meeting;
import org.dipkg.model.MeetingKind;
import org.dipkg.model.PartialDate;
import org.dipkg.model.Position;
import org.dipkg.model.Role;
import org.dipkg.model.Sentence;
import org.dipkg.model.Statement;

/**
 * An invented article's extraction, one fact of each kind, with sentences that hold
 * commas, double quotes and a line break: a visit (042), a planned meeting (036), a
 * statement (013), a demand (105) and a position (111).
 */
public final class CodedArticle {
    public static final String ID = "2026-03-14-strelsau-visit";
    public static final String URL = "https://news.example.org/strelsau?a=1,b=2";
    public static final String TITLE = "Okafor in Strelsau";
    public static final List<String> SENTENCES = List.of(
            "Freedonia's foreign minister, Amara Okafor, met President Tomas Ruiz in Strelsau on Friday.",
            "Ruiz said: \"We are hopeful, and we say so — truly.\"",
            "Okafor called on Ruiz to agree to a cease-fire\nbefore winter.",
            "Ruiz condemned the attack on the border post.",
            "Okafor will meet Prime Minister Elin Lindqvist in Toledano in April.");

    private CodedArticle() {
    }

    public static Extraction extraction() {
        StringBuilder text = new StringBuilder(TITLE).append("\n\n");
        List<Sentence> sentences = new ArrayList<>();
        sentences.add(new Sentence(0, 0, 0, TITLE.length(), TITLE, List.of()));
        for (String s : SENTENCES) {
            int begin = text.length();
            text.append(s);
            sentences.add(new Sentence(sentences.size(), 1, begin, text.length(), s, List.of()));
            text.append(' ');
        }
        Article article = new Article(ID, TITLE, text.toString().strip(), Optional.of(LocalDate.of(2026, 3, 14)),
                Optional.of(URL), "test");
        List<Role> roles = ROLES;
        Meeting visit = new Meeting(MeetingKind.MEETING, List.of(OKAFOR, RUIZ), Optional.of(STRELSAU),
                Optional.empty(), Optional.of(PartialDate.of(LocalDate.of(2026, 3, 13))), false,
                List.of(at(sentences, 1)));
        Meeting planned = new Meeting(MeetingKind.MEETING, List.of(OKAFOR, LINDQVIST), Optional.of(TOLEDANO),
                Optional.empty(), Optional.of(PartialDate.ofMonth(2026, 4)), true, List.of(at(sentences, 5)));
        Statement said = new Statement(Optional.of(RUIZ), "We are hopeful, and we say so — truly.", Optional.empty(),
                Optional.empty(), at(sentences, 2));
        Demand demand = new Demand(OKAFOR, Optional.of(RUIZ), "agree to a cease-fire\nbefore winter",
                Optional.empty(), at(sentences, 3));
        Position position = new Position(RUIZ, "the attack on the border post", "opposition", false, at(sentences, 4));
        return new Extraction(article, article.published(), DateSource.GIVEN, sentences,
                List.of(FREEDONIA, RURITANIA, SYLVANIA, OKAFOR, RUIZ, LINDQVIST), List.of(), roles,
                List.of(visit, planned), List.of(said), List.of(demand), List.of(position));
    }

    private static Evidence at(List<Sentence> sentences, int i) {
        Sentence s = sentences.get(i);
        return new Evidence(i, s.begin(), s.end(), s.text(), "test");
    }
}
