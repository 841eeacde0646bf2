package org.factdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void a_short_comment_is_kept_whole_on_one_line() {
        assertThat(Excerpt.of("  Find the decree\n\nitself.  ")).isEqualTo("Find the decree itself.");
    }

    @Test
    void a_long_comment_is_cut_after_a_word_with_an_ellipsis() {
        String excerpt = Excerpt.of("word ".repeat(60));

        assertThat(excerpt).hasSizeLessThanOrEqualTo(Excerpt.MAX).endsWith("word…");
    }

    @Test
    void a_cut_never_splits_a_character_outside_the_basic_plane() {
        String excerpt = Excerpt.of("😀".repeat(100));

        assertThat(excerpt).hasSizeLessThanOrEqualTo(Excerpt.MAX).endsWith("😀…");
    }
}
