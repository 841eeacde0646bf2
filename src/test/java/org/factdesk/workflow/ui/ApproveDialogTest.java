package org.factdesk.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the approval's second look shows of a long rationale. */
class ApproveDialogTest {

    @Test
    void the_rationale_shows_its_first_four_lines_with_an_ellipsis_when_there_are_more() {
        assertThat(ApproveDialog.firstLines("One.\nTwo.\n\nThree.\nFour.\nFive.")).isEqualTo("One.\nTwo.\nThree.\nFour.…");
        assertThat(ApproveDialog.firstLines("Short.\nTwo lines.")).isEqualTo("Short.\nTwo lines.");
    }

    @Test
    void a_long_line_is_cut_after_a_word() {
        String cut = ApproveDialog.firstLines("word ".repeat(200));

        assertThat(cut).endsWith("word…").hasSizeLessThanOrEqualTo(ApproveDialog.RATIONALE_CHARS + 1);
    }
}
