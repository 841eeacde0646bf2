package org.factdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BadInputTest {

    private final ClaimExtractor extractor = SharedExtractor.INSTANCE;

    @Test
    void an_empty_title_and_body_give_no_segments() {
        Extraction extraction = extractor.extract("", "", null);
        assertThat(extraction.segments()).isEmpty();
        assertThat(extraction.language()).isEqualTo("und");
        assertThat(extraction.support()).isEqualTo(LanguageSupport.GENERIC);
    }

    @Test
    void blank_lines_and_spaces_give_no_segments() {
        assertThat(extractor.extract("  ", "\n\n \u00A0\r\n\t", "fr").segments()).isEmpty();
    }

    @Test
    void an_article_of_only_boilerplate_gives_no_segments() {
        Extraction extraction = extractor.extract("", "Lire aussi : la suite\nPar Jean Dupont\nPhoto : AFP\n© AFP",
                "fr");
        assertThat(extraction.segments()).isEmpty();
    }

    @Test
    void a_megabyte_on_one_line_without_punctuation_is_cut_into_sane_sentences() {
        String word = "gouvernement annonce mesures nouvelles pour les villes et les campagnes ";
        String body = word.repeat(1_048_576 / word.length() + 1).substring(0, 1_048_576);
        Extraction extraction = extractor.extract("", body, "fr");
        assertThat(extraction.segments()).hasSizeGreaterThan(1000);
        for (Segment segment : extraction.segments()) {
            assertThat(segment.text().length()).isBetween(1, SegmentationRules.defaults().maxSentenceChars());
            assertThat(body.substring(segment.start(), segment.end())).isEqualTo(segment.text());
        }
    }

    @Test
    void a_megabyte_without_any_space_is_cut_too() {
        String body = "x".repeat(1_048_576);
        Extraction extraction = extractor.extract("", body, null);
        assertThat(extraction.segments()).hasSize(1_048_576 / SegmentationRules.defaults().maxSentenceChars() + 1);
    }

    @Test
    void html_and_script_are_treated_as_plain_text() {
        String body = "<p>Le maire a signé le décret le 3 mars.</p> <script>alert('x')</script> Rien d'autre.";
        Extraction extraction = extractor.extract("<b>Titre</b>", body, "fr");
        assertThat(extraction.segments()).anyMatch(segment -> segment.text().contains("<script>alert('x')</script>"));
        assertThat(extraction.segments()).anyMatch(segment -> segment.text().equals("<b>Titre</b>"));
        for (Segment segment : extraction.segments()) {
            String source = segment.part() == TextPart.TITLE ? "<b>Titre</b>" : body;
            assertThat(source.substring(segment.start(), segment.end())).isEqualTo(segment.text());
        }
    }

    @Test
    void a_text_of_digits_only_is_undetermined_and_still_segmented() {
        Extraction extraction = extractor.extract("", "12 34 56", null);
        assertThat(extraction.language()).isEqualTo("und");
        assertThat(extraction.segments()).extracting(Segment::text).containsExactly("12 34 56");
    }
}
