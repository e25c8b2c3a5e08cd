package org.dipkg.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.dipkg.model.DateSource;
import org.dipkg.model.PartialDate;
import org.dipkg.model.Sentence;

/**
 * Infers an article's publication date when none is given: a dateline (a short line near
 * the top that is a full date, perhaps with a place: "June 16, 2021, Geneva"), a date ending
 * the headline ("...: 3 December 2019"), or a full date whose weekday the text also names
 * ("on Thursday (4 April 2024)", a dated caption and "on Monday").
 */
final class PublicationDates {
    record Inferred(Optional<LocalDate> date, DateSource source) {
    }

    private PublicationDates() {
    }

    static Inferred infer(List<Annotated> doc) {
        for (Annotated a : doc) {
            if (a.sentence.paragraph() > 3) {
                break;
            }
            for (DateMention d : a.dates) {
                if (d.isFullDate() && isDateline(a.sentence, d)) {
                    return new Inferred(d.absolute().flatMap(PartialDate::toLocalDate), DateSource.DATELINE);
                }
            }
        }
        for (Annotated a : doc) {
            for (DateMention d : a.dates) {
                if (d.isFullDate() && weekdayNamed(doc, d.absolute().get())) {
                    return new Inferred(d.absolute().flatMap(PartialDate::toLocalDate), DateSource.DATELINE);
                }
            }
        }
        return new Inferred(Optional.empty(), DateSource.UNKNOWN);
    }

    /** The date is most of its line, or it ends the headline. */
    private static boolean isDateline(Sentence s, DateMention d) {
        String rest = (s.text().substring(0, d.begin() - s.begin()) + s.text().substring(d.end() - s.begin()))
                .replaceAll("[\\p{Punct}\\s]+", " ").strip();
        if (rest.split(" ").length <= 4) {
            return true;
        }
        return s.paragraph() == 0 && s.end() - d.end() <= 2;
    }

    private static boolean weekdayNamed(List<Annotated> doc, PartialDate date) {
        LocalDate d = date.toLocalDate().orElseThrow();
        for (Annotated a : doc) {
            for (DateMention m : a.dates) {
                if (m.weekday().isPresent() && m.shift().isEmpty() && m.weekday().get() == d.getDayOfWeek()) {
                    return true;
                }
            }
        }
        return false;
    }
}
