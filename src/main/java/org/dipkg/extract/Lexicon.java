package org.dipkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dipkg.model.Actor;
import org.dipkg.model.ActorKind;
import org.dipkg.model.Mention;
import org.dipkg.model.Place;

/**
 * All word lists the extraction uses, loaded once from {@code org/dipkg/lexicon/} on the
 * classpath into immutable objects. Thread-safe.
 */
public final class Lexicon {
    private static volatile Lexicon instance;

    final Gazetteer gazetteer;
    final Map<String, Actor> actorsByName = new HashMap<>();
    final Map<String, Place> placesByName = new HashMap<>();
    final Map<Actor, java.util.Set<String>> aliasWords = new HashMap<>();
    private final Map<Actor, String> parents = new HashMap<>();
    /** Organizations whose name stands for their summits ("at the G20 in November"). */
    final java.util.Set<Actor> forums = new java.util.HashSet<>();
    /** Each country's first capital, by name: where its seats of government ("Downing Street") stand. */
    private final Map<Actor, String> capitals = new HashMap<>();
    final Titles titles;
    final Cues cues;

    private Lexicon() {
        List<Gazetteer.Entry> entries = new ArrayList<>();
        loadCountries(entries);
        loadOrganizations(entries);
        loadPlaces(entries);
        this.gazetteer = new Gazetteer(entries);
        this.titles = Titles.load();
        this.cues = Cues.load();
        loadUsualOrganizations();
    }

    private final Map<String, Actor> usualOrganizations = new HashMap<>();

    private void loadUsualOrganizations() {
        for (TsvTable.Row r : TsvTable.read("lexicon/titles.tsv", "title", "class")) {
            String org = r.get("organization");
            if (org.isEmpty()) {
                continue;
            }
            Actor a = actorsByName.get(org.toLowerCase(Locale.ROOT));
            if (a == null || a.kind() != ActorKind.INTERNATIONAL_ORGANIZATION) {
                throw r.error("'" + org + "' is not an international organization of organizations.tsv");
            }
            usualOrganizations.put(Text.key(r.get("title")), a);
        }
    }

    /** The organization a bare title of its head means ("Secretary-General": the United Nations), if any. */
    public Optional<Actor> usualOrganization(String title) {
        return Optional.ofNullable(usualOrganizations.get(Text.key(title)));
    }

    public static Lexicon get() {
        Lexicon l = instance;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (instance == null) {
                    instance = new Lexicon();
                }
                l = instance;
            }
        }
        return l;
    }

    /** A country or organization by its canonical name (any case). */
    public Optional<Actor> actor(String name) {
        return Optional.ofNullable(actorsByName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The organization a body belongs to ("United Nations" for the Security Council), or the actor itself. */
    public Actor root(Actor org) {
        Actor cur = org;
        for (int depth = 0; depth < 4 && parents.containsKey(cur); depth++) {
            Optional<Actor> p = actor(parents.get(cur));
            if (p.isEmpty() || p.get().kind() == ActorKind.COUNTRY) {
                break;
            }
            cur = p.get();
        }
        return cur;
    }

    /** The city a country's seats of government stand in: its first capital ("London" for "Downing Street"). */
    public Optional<Place> capitalOf(Actor country) {
        return Optional.ofNullable(capitals.get(country)).map(c -> placesByName.get(c.toLowerCase(Locale.ROOT)));
    }

    /** The words of an organization's names and aliases, lower case ("alliance" for NATO). */
    public java.util.Set<String> aliasWords(Actor org) {
        return aliasWords.getOrDefault(org, java.util.Set.of());
    }

    private void loadCountries(List<Gazetteer.Entry> out) {
        for (TsvTable.Row r : TsvTable.read("lexicon/countries.tsv", "name")) {
            Actor a = new Actor("country/" + Text.slug(r.get("name")), r.get("name"), ActorKind.COUNTRY,
                    qid(r));
            register(a, r);
            Optional<Actor> actor = Optional.of(a);
            out.add(new Gazetteer.Entry(a.name(), actor, Optional.empty(), Mention.Form.NAME));
            r.list("aliases").forEach(s -> out.add(new Gazetteer.Entry(s, actor, Optional.empty(), Mention.Form.NAME)));
            r.list("demonyms").forEach(s -> out.add(
                    new Gazetteer.Entry(s, actor, Optional.empty(), Mention.Form.DEMONYM)));
            r.list("metonyms").forEach(s -> out.add(new Gazetteer.Entry(s, actor, Optional.empty(), Mention.Form.SEAT)));
            r.list("capitals").stream().findFirst().ifPresent(c -> capitals.put(a, c));
            for (String capital : r.list("capitals")) {
                Place p = placesByName.computeIfAbsent(capital.toLowerCase(Locale.ROOT),
                        k -> new Place("place/" + Text.slug(capital), capital, Optional.empty(), Optional.of(a.name())));
                out.add(new Gazetteer.Entry(capital, actor, Optional.of(p), Mention.Form.CAPITAL));
            }
        }
    }

    private void loadOrganizations(List<Gazetteer.Entry> out) {
        for (TsvTable.Row r : TsvTable.read("lexicon/organizations.tsv", "name", "kind")) {
            ActorKind kind = switch (r.get("kind")) {
                case "igo", "forum" -> ActorKind.INTERNATIONAL_ORGANIZATION;
                case "body" -> ActorKind.INTERNATIONAL_ORGANIZATION;
                case "government" -> ActorKind.GOVERNMENT_BODY;
                case "media" -> ActorKind.MEDIA_ORGANIZATION;
                case "party", "armed", "other" -> ActorKind.ORGANIZATION;
                default -> throw r.error("unknown kind '" + r.get("kind") + "'");
            };
            Actor a = new Actor("org/" + Text.slug(r.get("name")), r.get("name"), kind, qid(r));
            register(a, r);
            if (r.get("kind").equals("forum")) {
                forums.add(a);
            }
            java.util.Set<String> words = new java.util.HashSet<>();
            for (String n : r.list("aliases")) {
                words.addAll(List.of(Text.key(n).split(" ")));
            }
            words.addAll(List.of(Text.key(a.name()).split(" ")));
            aliasWords.put(a, java.util.Set.copyOf(words));
            if (!r.get("parent").isEmpty()) {
                parents.put(a, r.get("parent"));
            }
            Optional<Actor> actor = Optional.of(a);
            out.add(new Gazetteer.Entry(a.name(), actor, Optional.empty(), Mention.Form.NAME));
            r.list("aliases").forEach(s -> out.add(new Gazetteer.Entry(s, actor, Optional.empty(), Mention.Form.NAME)));
        }
    }

    private void loadPlaces(List<Gazetteer.Entry> out) {
        for (TsvTable.Row r : TsvTable.read("lexicon/places.tsv", "name")) {
            String name = r.get("name");
            Place p = new Place("place/" + Text.slug(name), name, qid(r),
                    r.get("country").isEmpty() ? Optional.empty() : Optional.of(r.get("country")));
            Place known = placesByName.get(name.toLowerCase(Locale.ROOT));
            if (known != null) {
                // a capital: the country's entry stays; it gains the place's identifier
                placesByName.put(name.toLowerCase(Locale.ROOT), p);
                replacePlace(out, known, p);
                continue;
            }
            placesByName.put(name.toLowerCase(Locale.ROOT), p);
            out.add(new Gazetteer.Entry(name, Optional.empty(), Optional.of(p), Mention.Form.NAME));
            r.list("aliases").forEach(s -> out.add(new Gazetteer.Entry(s, Optional.empty(), Optional.of(p),
                    Mention.Form.NAME)));
        }
    }

    private static void replacePlace(List<Gazetteer.Entry> entries, Place old, Place now) {
        for (int i = 0; i < entries.size(); i++) {
            Gazetteer.Entry e = entries.get(i);
            if (e.place().isPresent() && e.place().get().equals(old)) {
                entries.set(i, new Gazetteer.Entry(e.surface(), e.actor(), Optional.of(now), e.form()));
            }
        }
    }

    private void register(Actor a, TsvTable.Row r) {
        if (actorsByName.putIfAbsent(a.name().toLowerCase(Locale.ROOT), a) != null) {
            throw r.error("duplicate name '" + a.name() + "'");
        }
    }

    private static Optional<String> qid(TsvTable.Row r) {
        String q = r.get("wikidata");
        if (q.isEmpty()) {
            return Optional.empty();
        }
        if (!q.matches("Q[1-9][0-9]*")) {
            throw r.error("'" + q + "' is not a Wikidata item identifier");
        }
        return Optional.of(q);
    }
}
