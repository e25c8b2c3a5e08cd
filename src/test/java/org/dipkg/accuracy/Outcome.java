package org.dipkg.accuracy;

/** What became of one gold file: its article scored, or a failure. */
sealed interface Outcome permits ArticleScore, Outcome.Failure {
    /**
     * An article that could not be converted, queried or scored: it counts as every
     * required fact missed.
     *
     * @param file   the gold file's name
     * @param reason what went wrong
     */
    record Failure(String file, String reason) implements Outcome {
    }
}
