package org.dipkg.link;

import java.util.List;
import java.util.Map;

import org.dipkg.model.Actor;
import org.dipkg.model.Demand;
import org.dipkg.model.Extraction;
import org.dipkg.model.Meeting;
import org.dipkg.model.Mention;
import org.dipkg.model.Position;
import org.dipkg.model.Role;
import org.dipkg.model.Statement;

/** An extraction with some actors replaced everywhere they appear; two that become one are listed once. */
final class Relink {
    private final Map<Actor, Actor> to;

    private Relink(Map<Actor, Actor> to) {
        this.to = to;
    }

    static Extraction apply(Extraction x, Map<Actor, Actor> to) {
        Relink r = new Relink(to);
        return new Extraction(x.article(), x.published(), x.dateSource(), x.sentences(), r.all(x.actors()),
                x.mentions().stream().map(r::mention).toList(),
                x.roles().stream().map(r::role).distinct().toList(),
                x.meetings().stream().map(r::meeting).toList(),
                x.statements().stream().map(r::statement).toList(),
                x.demands().stream().map(r::demand).toList(),
                x.positions().stream().map(r::position).toList());
    }

    private Actor of(Actor a) {
        return to.getOrDefault(a, a);
    }

    private List<Actor> all(List<Actor> actors) {
        return actors.stream().map(this::of).distinct().toList();
    }

    private Mention mention(Mention m) {
        return new Mention(of(m.actor()), m.sentence(), m.begin(), m.end(), m.surface(), m.form());
    }

    private Role role(Role r) {
        return new Role(of(r.person()), r.title(), r.affiliation().map(this::of), r.evidence());
    }

    private Meeting meeting(Meeting m) {
        return new Meeting(m.kind(), all(m.participants()), m.place(), m.venue(), m.date(), m.planned(),
                m.evidence());
    }

    private Statement statement(Statement s) {
        return new Statement(s.speaker().map(this::of), s.quote(), s.date(), s.medium(), s.evidence());
    }

    private Demand demand(Demand d) {
        return new Demand(of(d.demander()), d.addressee().map(this::of), d.text(), d.itemIndex(), d.evidence());
    }

    private Position position(Position p) {
        return new Position(of(p.holder()), p.text(), p.stance(), p.conditional(), p.evidence());
    }
}
