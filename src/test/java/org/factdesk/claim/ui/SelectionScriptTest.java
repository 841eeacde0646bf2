package org.factdesk.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.extraction.TextPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the browser reports about the text selection, read into offsets or a message key. */
class SelectionScriptTest {

    @Test
    void a_selection_in_the_body_gives_its_part_and_offsets() {
        SelectionScript.Selection selection = SelectionScript.parse("BODY:12:40");

        assertThat(selection.part()).contains(TextPart.BODY);
        assertThat(selection.start()).isEqualTo(12);
        assertThat(selection.end()).isEqualTo(40);
        assertThat(selection.problem()).isEmpty();
    }

    @Test
    void a_selection_in_the_title_gives_the_title() {
        assertThat(SelectionScript.parse("TITLE:0:5").part()).contains(TextPart.TITLE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "none|claim.error.selection-empty",
            "outside|claim.error.selection-outside",
            "parts|claim.error.selection-paragraphs",
            "garbage|claim.error.selection-outside",
            "HEADER:1:2|claim.error.selection-outside",
            "BODY:one:two|claim.error.selection-outside",
            "BODY:1|claim.error.selection-outside",
            "BODY:1:2:3|claim.error.selection-outside",
            "''|claim.error.selection-outside"})
    void anything_else_is_no_selection_with_the_reason_to_show(String answer, String problem) {
        SelectionScript.Selection selection = SelectionScript.parse(answer);

        assertThat(selection.part()).isEmpty();
        assertThat(selection.problem()).isEqualTo(problem);
    }
}
