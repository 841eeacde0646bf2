package org.factdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SegmentationTest {

    @Test
    void words_counted_by_hand_are_the_matches_of_the_word_pattern() {
        List<String> samples = RandomTexts.after(List.of("l'Arménie et le Haut-Karabakh, 1,2 % -- a-", "",
                "don't's dogs' 'quoted' x² ½ Ⅻ ٣٤ 𝐀𝐁c-d 😀ok a'1 b’ c--d e-’f"),
                "aZé1٣½Ⅻ²'’ -.,\u00A0İ😀𝐀", 2_000);
        for (String sample : samples) {
            assertThat(Text.countWords(sample)).as(sample).isEqualTo((int) Text.WORD.matcher(sample).results().count());
        }
    }

    private final ClaimExtractor extractor = SharedExtractor.INSTANCE;

    @Test
    void french_quotes_abbreviations_and_ellipses_are_split_as_a_reader_would() {
        String body = """
                « Nous ne céderons pas. » Le ministre a quitté la salle à 18 heures.
                M. Dupont est arrivé avec Mme Durand et le Dr Martin le 5 janv. dernier, selon l'art. 12 du texte.
                Il a déclaré : "Nous partons." Puis il est parti.
                « Jamais ! » a-t-il crié devant les journalistes.
                Le vote a été reporté… Personne ne sait pourquoi. Les députés attendent... et s'impatientent.
                « Nous avons perdu », a reconnu M. Durand. “C’est fini.” L’Élysée n’a pas commenté.
                """;
        assertThat(sentences("", body, "fr")).containsExactly(
                "« Nous ne céderons pas. »",
                "Le ministre a quitté la salle à 18 heures.",
                "M. Dupont est arrivé avec Mme Durand et le Dr Martin le 5 janv. dernier, selon l'art. 12 du texte.",
                "Il a déclaré : \"Nous partons.\"",
                "Puis il est parti.",
                "« Jamais ! » a-t-il crié devant les journalistes.",
                "Le vote a été reporté…",
                "Personne ne sait pourquoi.",
                "Les députés attendent... et s'impatientent.",
                "« Nous avons perdu », a reconnu M. Durand.",
                "“C’est fini.”",
                "L’Élysée n’a pas commenté.");
    }

    @Test
    void english_quotes_titles_months_and_ellipses_are_split_as_a_reader_would() {
        String body = """
                Mr. Smith met Sen. Warren on Jan. 5 in Washington. "We will not give up."
                The talks failed... Then they left.
                Mrs. Jones said it was "a disaster." Dr. Brown disagreed. "Is it over?" she asked.
                “We will win.” He left. The U.S. economy grew 2.5% in 2023, according to the Commerce Department.
                """;
        assertThat(sentences("", body, "en")).containsExactly(
                "Mr. Smith met Sen. Warren on Jan. 5 in Washington.",
                "\"We will not give up.\"",
                "The talks failed...",
                "Then they left.",
                "Mrs. Jones said it was \"a disaster.\"",
                "Dr. Brown disagreed.",
                "\"Is it over?\" she asked.",
                "“We will win.”",
                "He left.",
                "The U.S. economy grew 2.5% in 2023, according to the Commerce Department.");
    }

    @Test
    void an_english_article_is_detected_as_english() {
        Extraction extraction = extractor.extract("Inflation eases as energy prices fall",
                "Consumer prices rose 3.1% in the year to January, down from 3.4% in December, the Office for "
                        + "National Statistics said on Wednesday. Economists had expected a smaller decline.",
                null);
        assertThat(extraction.language()).isEqualTo("en");
        assertThat(extraction.support()).isEqualTo(LanguageSupport.FULL);
        assertThat(extraction.sentences()).extracting(Segment::text).containsExactly(
                "Inflation eases as energy prices fall",
                "Consumer prices rose 3.1% in the year to January, down from 3.4% in December, the Office for "
                        + "National Statistics said on Wednesday.",
                "Economists had expected a smaller decline.");
    }

    @Test
    void a_german_article_falls_back_to_the_generic_splitter() {
        Extraction extraction = extractor.extract("", "Der Bundeskanzler hat am Montag in Berlin gesagt, dass die "
                + "Regierung im nächsten Jahr mehr Geld für Schulen ausgeben wird. Die Opposition kritisierte den "
                + "Plan scharf. Nach Angaben des Statistischen Bundesamtes stieg die Inflation im März auf 2,3 "
                + "Prozent.", null);
        assertThat(extraction.language()).isEqualTo("de");
        assertThat(extraction.support()).isEqualTo(LanguageSupport.GENERIC);
        assertThat(extraction.sentences()).extracting(Segment::text).containsExactly(
                "Der Bundeskanzler hat am Montag in Berlin gesagt, dass die Regierung im nächsten Jahr mehr Geld für "
                        + "Schulen ausgeben wird.",
                "Die Opposition kritisierte den Plan scharf.",
                "Nach Angaben des Statistischen Bundesamtes stieg die Inflation im März auf 2,3 Prozent.");
    }

    @Test
    void the_language_override_wins_over_detection() {
        Extraction extraction = extractor.extract("", "Le gouvernement a annoncé un plan de relance.", "EN-gb");
        assertThat(extraction.language()).isEqualTo("en");
        assertThat(extractor.extract("", "Le gouvernement a annoncé un plan.", "deu").support())
                .isEqualTo(LanguageSupport.GENERIC);
    }

    @Test
    void a_multi_sentence_title_gives_several_title_segments_and_no_heading() {
        Extraction extraction = extractor.extract("Crise à Bakou. Le Kremlin dément", "", "fr");
        assertThat(extraction.segments()).extracting(Segment::text, Segment::part, Segment::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Crise à Bakou.", TextPart.TITLE, SegmentKind.SENTENCE),
                org.assertj.core.groups.Tuple.tuple("Le Kremlin dément", TextPart.TITLE, SegmentKind.SENTENCE));
    }

    @Test
    void boilerplate_lines_and_bylines_are_dropped() {
        String body = """
                Par Jean Dupont
                By Jane Doe
                Photo : AFP
                Photo: Reuters
                Crédit photo Jean Martin
                © Le Journal 2024
                Read more: the full story
                Abonnez-vous à notre lettre
                Subscribe to our newsletter
                Par ailleurs, le ministre a démissionné hier soir après la publication du rapport.
                """;
        assertThat(sentences("", body, "fr")).containsExactly(
                "Par ailleurs, le ministre a démissionné hier soir après la publication du rapport.");
    }

    private List<String> sentences(String title, String body, String language) {
        return extractor.extract(title, body, language).sentences().stream().map(Segment::text).toList();
    }
}
