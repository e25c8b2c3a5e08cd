package org.dipkg.coding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.dipkg.model.Actor;
import org.dipkg.model.Meeting;
import org.dipkg.model.Role;

/**
 * The sides of a meeting: its first participant (CAMEO's source), each participant's
 * country (a country is its own; a person's is that of a post they hold in a country), and
 * the country of its place.
 */
final class Sides {
    private final Meeting meeting;
    private final List<Role> roles;
    private final Optional<String> placeCountry;

    Sides(Meeting meeting, List<Role> roles) {
        this.meeting = meeting;
        this.roles = roles;
        this.placeCountry = meeting.place().flatMap(p -> p.country());
    }

    Optional<Actor> source() {
        return meeting.participants().stream().findFirst();
    }

    /** The counterpart in the place's country of a first participant from elsewhere. */
    Optional<Actor> visited() {
        Optional<String> home = source().flatMap(this::country);
        if (placeCountry.isEmpty() || home.isEmpty() || home.equals(placeCountry)) {
            return Optional.empty();
        }
        return others().filter(a -> country(a).equals(placeCountry)).findFirst();
    }

    /** The counterpart from elsewhere of a first participant in their own country. */
    Optional<Actor> visitor() {
        if (placeCountry.isEmpty() || !source().flatMap(this::country).equals(placeCountry)) {
            return Optional.empty();
        }
        return others().filter(a -> country(a).isPresent() && !country(a).equals(placeCountry)).findFirst();
    }

    /** True when the participants come from two or more countries and the place lies in none of them. */
    boolean thirdPlace() {
        List<String> countries = meeting.participants().stream().map(this::country).flatMap(Optional::stream)
                .distinct().toList();
        return placeCountry.isPresent() && countries.size() >= 2 && !countries.contains(placeCountry.get());
    }

    /** The first other participant from another country than the source, else the second participant. */
    Optional<Actor> counterpart() {
        Optional<String> home = source().flatMap(this::country);
        return others().filter(a -> home.isPresent() && country(a).isPresent() && !country(a).equals(home))
                .findFirst().or(() -> others().findFirst());
    }

    private java.util.stream.Stream<Actor> others() {
        return meeting.participants().stream().skip(1);
    }

    Optional<String> country(Actor a) {
        return switch (a.kind()) {
            case COUNTRY -> Optional.of(a.name());
            case PERSON -> roles.stream().filter(r -> r.person().equals(a)).map(Role::affiliation)
                    .flatMap(Optional::stream).filter(o -> o.kind() == org.dipkg.model.ActorKind.COUNTRY)
                    .map(Actor::name).filter(Objects::nonNull).findFirst();
            default -> Optional.empty();
        };
    }
}
