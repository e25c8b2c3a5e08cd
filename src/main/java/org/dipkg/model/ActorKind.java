package org.dipkg.model;

/** What an actor is; each maps to one ontology class. */
public enum ActorKind {
    PERSON, COUNTRY, ORGANIZATION, INTERNATIONAL_ORGANIZATION, GOVERNMENT_BODY, MEDIA_ORGANIZATION;

    public boolean isPerson() {
        return this == PERSON;
    }

    /** Countries and organizations: actors a person's post can belong to. */
    public boolean isCollective() {
        return this != PERSON;
    }
}
