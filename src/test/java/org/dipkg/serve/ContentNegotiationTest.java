package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentNegotiationTest {
    static final List<String> OFFERS = List.of(
            "text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml", "text/html");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "text/turtle | text/turtle",
        "application/ld+json | application/ld+json",
        "application/rdf+xml | application/rdf+xml",
        "APPLICATION/N-Triples | application/n-triples",
        "*/* | text/turtle",
        "text/* | text/turtle",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | text/html",
        "text/turtle;q=0.5, application/ld+json | application/ld+json",
        "application/ld+json;q=0.9, text/turtle;q=0.9 | text/turtle",
        "text/*;q=0.3, text/html;q=0.7 | text/html",
        "text/html;q=0, */* | text/turtle",
        "image/png | text/turtle",
        "garbage | text/turtle",
        "text/turtle;q=oops, text/html | text/html"
    })
    void choosesTheBestOffer(String accept, String expected) {
        assertThat(ContentNegotiation.choose(accept, OFFERS)).isEqualTo(expected);
    }

    @Test
    void missingHeaderGivesTheFirstOffer() {
        assertThat(ContentNegotiation.choose(null, OFFERS)).isEqualTo("text/turtle");
        assertThat(ContentNegotiation.choose("  ", OFFERS)).isEqualTo("text/turtle");
    }

    @Test
    void mostSpecificRangeDecides() {
        assertThat(ContentNegotiation.quality(ContentNegotiation.parse("*/*;q=0.1, text/*;q=0.5, text/html"),
                "text/html")).isEqualTo(1.0);
        assertThat(ContentNegotiation.quality(ContentNegotiation.parse("*/*;q=0.1, text/*;q=0.5, text/html"),
                "text/turtle")).isEqualTo(0.5);
        assertThat(ContentNegotiation.quality(ContentNegotiation.parse("*/*;q=0.1, text/*;q=0.5, text/html"),
                "application/ld+json")).isEqualTo(0.1);
    }
}
