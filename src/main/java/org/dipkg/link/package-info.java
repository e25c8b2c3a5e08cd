/**
 * Linking: after extraction and before the RDF mapping, gives each person one identity across
 * articles. An office holder of {@code data/reference/office_holders.tsv} whose name and post
 * match the article's date gets the Wikidata item and one key shared by every article and name
 * variant; other persons merge across articles only on the same full name and affiliation, and
 * are otherwise local to their article.
 */
package org.dipkg.link;
