package org.factdesk.comment;

import org.factdesk.comment.Mentions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void names_after_an_at_sign_are_found_in_lower_case() {
        assertThat(Mentions.typedIn("Ask @Checker and @jane.doe about it")).containsExactly("checker", "jane.doe");
    }

    @Test
    void punctuation_that_ends_the_sentence_is_not_part_of_the_name() {
        assertThat(Mentions.typedIn("Thanks @checker. Over to @jane_doe_, then @bob-...")).containsExactly("checker",
                "jane_doe", "bob");
    }

    @Test
    void a_name_must_start_with_a_letter_or_a_digit() {
        assertThat(Mentions.typedIn("@.hidden @-x @ alone @ @_y")).isEmpty();
        assertThat(Mentions.typedIn("@@checker")).containsExactly("checker");
    }

    @Test
    void each_name_counts_once() {
        assertThat(Mentions.typedIn("@checker @CHECKER\n@checker!")).containsExactly("checker");
    }
}
