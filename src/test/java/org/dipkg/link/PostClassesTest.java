package org.dipkg.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostClassesTest {
    private static final PostClasses POSTS = PostClasses.load();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Foreign Minister|foreign_minister",
        "Minister of Foreign Affairs|foreign_minister",
        "Secretary of State|foreign_minister",
        "president|head_of_state",
        "Presidents|head_of_state",
        "Foreign Ministers|foreign_minister",
        "Vice President|deputy_head_of_state",
        "Prime Minister|head_of_government",
        "UN Secretary-General|org_head"})
    void aStatedTitleNamesThePostOfItsClass(String title, String cls) {
        assertThat(POSTS.of(title)).hasValue(cls);
    }

    @ParameterizedTest
    @CsvSource({"Deputy Foreign Minister", "former President", "Acting Prime Minister", "Assistant Secretary of State",
        "Poet Laureate"})
    void aQualifiedOrUnknownTitleNamesNoPostOfTheList(String title) {
        assertThat(POSTS.of(title)).isEmpty();
    }
}
