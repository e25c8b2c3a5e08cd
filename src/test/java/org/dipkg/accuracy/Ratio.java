package org.dipkg.accuracy;

/** A side figure such as "actor kind correct: 12/15": how many were right out of how many. */
record Ratio(int ok, int of) {
    Ratio plus(Ratio o) {
        return new Ratio(ok + o.ok, of + o.of);
    }

    @Override
    public String toString() {
        return ok + "/" + of;
    }
}
