package org.dipkg.coding;

import java.util.List;
import java.util.Optional;

import org.dipkg.model.Actor;
import org.dipkg.model.Demand;
import org.dipkg.model.Meeting;
import org.dipkg.model.Position;
import org.dipkg.model.Role;
import org.dipkg.model.Statement;

/**
 * Gives meetings, statements, demands and positions their CAMEO code and PLOVER type by
 * the {@linkplain CodingRules coding rules}: the first rule for the kind of fact whose
 * condition holds and one of whose words occurs gives the code. The words are looked for
 * in a statement's quotation, a demand's text, and the evidence sentence of a meeting or
 * a position.
 *
 * <pre>
 *   EventCoder coder = EventCoder.standard();
 *   Optional&lt;EventCode&gt; c = coder.meeting(meeting, extraction.roles());
 * </pre>
 */
public final class EventCoder {
    private final CodingRules rules;

    private EventCoder(CodingRules rules) {
        this.rules = rules;
    }

    public static EventCoder of(CodingRules rules) {
        return new EventCoder(rules);
    }

    /** The coder of {@link CodingRules#STANDARD}, read once. */
    public static EventCoder standard() {
        return Standard.CODER;
    }

    /** Read on first use. */
    private static final class Standard {
        static final EventCoder CODER = new EventCoder(CodingRules.read(CodingRules.STANDARD));
    }

    public CodingRules rules() {
        return rules;
    }

    /** A meeting's code; {@code roles} give persons their countries. */
    public Optional<EventCode> meeting(Meeting m, List<Role> roles) {
        Sides sides = new Sides(m, roles);
        String sentence = m.evidence().isEmpty() ? "" : m.evidence().get(0).text();
        for (CodingRule r : rules.of(FactKind.MEETING)) {
            if (!r.words().foundIn(sentence)) {
                continue;
            }
            Optional<Optional<Actor>> target = switch (r.condition()) {
                case ANY -> Optional.of(sides.counterpart());
                case PLANNED -> m.planned() ? Optional.of(sides.counterpart()) : Optional.empty();
                case KIND -> r.kindIs(m.kind()) ? Optional.of(sides.counterpart()) : Optional.empty();
                case VISIT -> held(m, sides.visited());
                case HOST -> held(m, sides.visitor());
                case THIRD_PLACE -> !m.planned() && sides.thirdPlace() ? Optional.of(sides.counterpart())
                        : Optional.empty();
                case STANCE -> Optional.empty();
            };
            if (target.isPresent()) {
                return Optional.of(new EventCode(r.cameo(), r.plover(), r.source(), sides.source(), target.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Optional<Actor>> held(Meeting m, Optional<Actor> counterpart) {
        return !m.planned() && counterpart.isPresent() ? Optional.of(counterpart) : Optional.empty();
    }

    public Optional<EventCode> statement(Statement s) {
        return first(FactKind.STATEMENT, "", s.quote(), s.speaker(), Optional.empty());
    }

    public Optional<EventCode> demand(Demand d) {
        return first(FactKind.DEMAND, "", d.text(), Optional.of(d.demander()), d.addressee());
    }

    public Optional<EventCode> position(Position p) {
        return first(FactKind.POSITION, p.stance(), p.evidence().text(), Optional.of(p.holder()), Optional.empty());
    }

    private Optional<EventCode> first(FactKind fact, String stance, String text, Optional<Actor> source,
                                      Optional<Actor> target) {
        for (CodingRule r : rules.of(fact)) {
            boolean holds = r.condition() == Condition.ANY || r.condition() == Condition.STANCE && r.value().equals(stance);
            if (holds && r.words().foundIn(text)) {
                return Optional.of(new EventCode(r.cameo(), r.plover(), r.source(), source, target));
            }
        }
        return Optional.empty();
    }
}
