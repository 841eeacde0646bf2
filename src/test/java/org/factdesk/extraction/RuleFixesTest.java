package org.factdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The rule errors that the measurement on labelled debates found (issue 13), each on a case in its language. */
class RuleFixesTest {

    private final ClaimExtractor extractor = SharedExtractor.INSTANCE;

    @Test
    void an_english_reporting_verb_is_not_also_a_past_event() {
        Segment segment = single("The spokesman said the new factory opens next to the river.", "en");
        assertThat(segment.has(Feature.REPORTING_VERB)).isTrue();
        assertThat(segment.has(Feature.PAST_EVENT)).isFalse();
    }

    @Test
    void an_english_change_is_not_also_a_past_event() {
        Segment segment = single("Exports grew strongly across the northern regions this spring.", "en");
        assertThat(segment.has(Feature.COMPARISON)).isTrue();
        assertThat(segment.has(Feature.PAST_EVENT)).isFalse();
    }

    @Test
    void an_english_past_event_beside_a_reporting_verb_still_counts() {
        Segment segment = single("The spokesman said the old factory closed its doors on the river.", "en");
        assertThat(segment.reasons()).filteredOn(reason -> reason.feature() == Feature.PAST_EVENT)
                .singleElement().satisfies(reason -> assertThat(reason.evidence()).isEqualTo("closed"));
    }

    @Test
    void a_french_reporting_verb_is_not_also_a_past_event() {
        Segment segment = single("Le porte-parole a déclaré que la nouvelle usine ouvre ses portes au public.", "fr");
        assertThat(segment.has(Feature.REPORTING_VERB)).isTrue();
        assertThat(segment.has(Feature.PAST_EVENT)).isFalse();
    }

    @Test
    void a_french_change_is_not_also_a_past_event() {
        Segment segment = single("Les importations de gaz ont augmenté nettement dans les régions du nord.", "fr");
        assertThat(segment.has(Feature.COMPARISON)).isTrue();
        assertThat(segment.has(Feature.PAST_EVENT)).isFalse();
    }

    @Test
    void a_french_past_event_beside_a_reporting_verb_still_counts() {
        Segment segment = single("Le porte-parole a déclaré que l'ancienne usine a fermé ses portes.", "fr");
        assertThat(segment.reasons()).filteredOn(reason -> reason.feature() == Feature.PAST_EVENT)
                .singleElement().satisfies(reason -> assertThat(reason.evidence()).isEqualTo("a fermé"));
    }

    @Test
    void english_present_verbs_ending_in_ed_are_not_past() {
        assertThat(single("We need more teachers in the schools of this country today.", "en")
                .has(Feature.PAST_EVENT)).isFalse();
        assertThat(single("Small firms succeed when they get access to cheap credit.", "en")
                .has(Feature.PAST_EVENT)).isFalse();
        assertThat(single("A study based on census data shows a widening gap.", "en")
                .has(Feature.PAST_EVENT)).isFalse();
        assertThat(single("The police arrested three men near the station.", "en")
                .has(Feature.PAST_EVENT)).isTrue();
    }

    @Test
    void ordinary_french_words_in_the_abbreviation_list_end_a_sentence() {
        assertThat(sentences("Il a raté son vol. Le lendemain, il était enfin à Paris.", "fr")).containsExactly(
                "Il a raté son vol.", "Le lendemain, il était enfin à Paris.");
        assertThat(sentences("Il a parlé de son art. Les critiques ont applaudi longuement.", "fr"))
                .containsExactly("Il a parlé de son art.", "Les critiques ont applaudi longuement.");
        assertThat(sentences("Les suspects étaient sept. Tous ont été arrêtés par la police.", "fr"))
                .containsExactly("Les suspects étaient sept.", "Tous ont été arrêtés par la police.");
        assertThat(sentences("Le texte est paru au vol. 3 du recueil, selon l'art. 12 du code.", "fr"))
                .hasSize(1);
    }

    @Test
    void the_french_number_seven_is_no_date_but_the_month_is() {
        assertThat(single("Les suspects arrêtés par la police étaient sept.", "fr").has(Feature.DATE)).isFalse();
        assertThat(single("Le contrat a été signé le 12 sept. 2023 à Paris.", "fr").reasons())
                .filteredOn(reason -> reason.feature() == Feature.DATE)
                .singleElement().satisfies(reason -> assertThat(reason.evidence()).contains("12 sept. 2023"));
    }

    @Test
    void a_short_english_paragraph_of_sentences_is_no_heading() {
        Extraction extraction = extractor.extract("", "Prices rose by 8% in 2022. The government responds", "en");
        assertThat(extraction.segments()).extracting(Segment::kind)
                .containsExactly(SegmentKind.SENTENCE, SegmentKind.SENTENCE);
        assertThat(extraction.segments().getFirst().has(Feature.QUANTITY)).isTrue();
    }

    @Test
    void a_short_french_paragraph_of_sentences_is_no_heading() {
        Extraction extraction = extractor.extract("", "Les prix ont augmenté de 8 % en 2022. Le gouvernement réagit",
                "fr");
        assertThat(extraction.segments()).extracting(Segment::kind)
                .containsExactly(SegmentKind.SENTENCE, SegmentKind.SENTENCE);
    }

    @Test
    void a_one_line_heading_with_an_abbreviation_stays_a_heading() {
        assertThat(extractor.extract("", "M. Macron en visite à Bakou", "fr").segments())
                .extracting(Segment::kind).containsExactly(SegmentKind.HEADING);
        assertThat(extractor.extract("", "U.S. Economy Slows Down", "en").segments())
                .extracting(Segment::kind).containsExactly(SegmentKind.HEADING);
    }

    @Test
    void an_english_opening_straight_quote_stays_with_its_sentence() {
        assertThat(sentences("He called the plan a \"disaster. \"We will fight it,\" she said.", "en"))
                .containsExactly("He called the plan a \"disaster.", "\"We will fight it,\" she said.");
    }

    @Test
    void a_french_opening_straight_quote_stays_with_its_sentence() {
        assertThat(sentences("Il a parlé d'une \"catastrophe. \"Nous allons nous battre\", a-t-elle dit.", "fr"))
                .containsExactly("Il a parlé d'une \"catastrophe.", "\"Nous allons nous battre\", a-t-elle dit.");
    }

    @Test
    void english_acronyms_made_of_roman_numeral_letters_are_kept() {
        Segment segment = single("The CDC counted 300 new cases in DC during the week.", "en");
        assertThat(segment.reasons()).filteredOn(reason -> reason.feature() == Feature.ACRONYM)
                .singleElement().satisfies(reason -> assertThat(reason.evidence()).isEqualTo("CDC, DC"));
        assertThat(single("King Louis XIV built the palace for his court.", "en").has(Feature.ACRONYM)).isFalse();
    }

    @Test
    void french_acronyms_made_of_roman_numeral_letters_are_kept() {
        Segment segment = single("Le CDC américain a compté 300 nouveaux cas en une semaine.", "fr");
        assertThat(segment.has(Feature.ACRONYM)).isTrue();
        assertThat(single("Le chapitre IV du règlement a été modifié par les députés.", "fr").has(Feature.ACRONYM))
                .isFalse();
    }

    @Test
    void english_would_is_modal() {
        Segment segment = single("The new law would cut taxes for most families in the state.", "en");
        assertThat(segment.reasons()).filteredOn(reason -> reason.feature() == Feature.OPINION_OR_MODAL)
                .singleElement().satisfies(reason -> assertThat(reason.evidence()).isEqualTo("would"));
    }

    private Segment single(String sentence, String language) {
        Extraction extraction = extractor.extract("", sentence, language);
        assertThat(extraction.sentences()).hasSize(1);
        return extraction.sentences().getFirst();
    }

    private List<String> sentences(String body, String language) {
        return extractor.extract("", body, language).segments().stream().map(Segment::text).toList();
    }
}
