package org.factdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SeedArticleTest {

    private static String title;
    private static String body;
    private static Extraction extraction;

    @BeforeAll
    static void extract_the_seed_article() throws IOException {
        String seed = Files.readString(Path.of("seeds/000_8de9084930d2e7a1.txt"));
        int firstLineEnd = seed.indexOf('\n');
        title = seed.substring(0, firstLineEnd);
        body = seed.substring(firstLineEnd + 1);
        extraction = SharedExtractor.INSTANCE.extract(title, body, null);
    }

    @Test
    void the_language_is_detected_as_french_with_full_support() {
        assertThat(extraction.language()).isEqualTo("fr");
        assertThat(extraction.support()).isEqualTo(LanguageSupport.FULL);
        assertThat(SharedExtractor.INSTANCE.detectLanguage(body)).isEqualTo("fr");
    }

    @Test
    void the_title_and_the_eighteen_body_sentences_are_found_whole() {
        assertThat(extraction.sentences()).extracting(Segment::text).containsExactly(
                "Le dirigeant russe, Poutine, vise à renforcer les liens de Bakou avec la Russie.",
                "Pour les prochains jours, le président Vladimir Poutine de Russie sera à Bakou, en Azerbaïdjan, où il "
                        + "rencontrera le président Ilham Aliyev.",
                "Ces deux hommes forts ont pour objectif de discuter de partenariats stratégiques et de \"questions "
                        + "internationales et régionales\".",
                "Cette rencontre devrait attirer une attention particulière de la part de l'Arménie voisine.",
                "Poutine, le président russe, a atterri dans la république soviétique d'Azerbaïdjan pour une visite "
                        + "d'État pendant une période tendue.",
                "À son arrivée à l'aéroport de Bakou, Poutine a été accueilli par Aliyev, qui, comme Poutine, dirige "
                        + "l'Azerbaïdjan d'une main de fer depuis des années et est critiqué pour de graves violations "
                        + "des droits de l'homme.",
                "Après un dîner partagé, les deux dirigeants se sont retirés pour leurs premières discussions "
                        + "informelles, selon l'agence de presse russe TASS.",
                "L'itinéraire de Poutine comprend des discussions avec Aliyev sur le renforcement du partenariat "
                        + "stratégique entre les deux nations.",
                "Le Kremlin a révélé que plusieurs documents devaient être signés, et des discussions sur \"les "
                        + "questions internationales et régionales\" étaient prévues, portant sur le conflit entre "
                        + "l'Azerbaïdjan et l'Arménie voisine.",
                "L'Azerbaïdjan a repris le contrôle total du Haut-Karabakh, une région principalement habitée par des "
                        + "Arméniens et considérée internationalement comme faisant partie de l'Azerbaïdjan, lors "
                        + "d'une opération militaire en septembre 2023.",
                "L'Arménie, historiquement protégée par la Russie, a exprimé son mécontentement lorsque les forces "
                        + "de paix russes stationnées au Haut-Karabakh n'ont pas intervenu pendant l'offensive "
                        + "azerbaïdjanaise.",
                "En réponse, l'Arménie s'est rapprochée des nations occidentales, telles que les États-Unis, au "
                        + "détriment de la Russie.",
                "À la fois l'Arménie et l'Azerbaïdjan étaient autrefois des républiques soviétiques, avant de devenir "
                        + "indépendantes en 1991, et la Russie considère les deux comme faisant partie de sa sphère "
                        + "d'influence.",
                "L'Azerbaïdjan, le dernier pays que Poutine a visité en 2018, est un important producteur de gaz.",
                "Plusieurs pays européens ont augmenté leurs importations de gaz en provenance de l'Azerbaïdjan après "
                        + "l'absence de la Russie sur la scène suite au conflit ukrainien.",
                "Poutine, soupçonné d'être impliqué dans des crimes de guerre contre l'Ukraine et recherché "
                        + "internationalement, évite l'arrestation en Azerbaïdjan.",
                "L'Azerbaïdjan, en tant que fournisseur d'énergie important pour l'Union européenne, est un "
                        + "fournisseur d'énergie essentiel.",
                "La Commission a exprimé ses préoccupations quant au réalignement de l'Arménie, les officiels "
                        + "déclarant que l'influence de la Russie dans la région diminue.",
                "La Commission, un organisme international influent, surveille de près la situation entre l'Arménie "
                        + "et l'Azerbaïdjan, dans le but de maintenir la paix et la stabilité dans la région.");
    }

    @Test
    void the_first_sentence_is_the_title_and_the_others_are_body() {
        List<Segment> sentences = extraction.sentences();
        assertThat(sentences.getFirst().part()).isEqualTo(TextPart.TITLE);
        assertThat(sentences.subList(1, sentences.size())).extracting(Segment::part).containsOnly(TextPart.BODY);
    }

    @Test
    void the_sub_heading_is_a_heading_and_never_suggested() {
        List<Segment> headings = extraction.segments().stream()
                .filter(segment -> segment.kind() == SegmentKind.HEADING).toList();
        assertThat(headings).singleElement().satisfies(heading -> {
            assertThat(heading.text()).isEqualTo("L'Arménie se tourne vers l'Occident");
            assertThat(heading.suggested()).isFalse();
            assertThat(heading.reasons()).isEmpty();
        });
    }

    @Test
    void the_read_also_boilerplate_is_dropped() {
        assertThat(extraction.segments()).noneMatch(segment -> segment.text().contains("Lire aussi"));
    }

    @Test
    void offsets_point_at_the_exact_text_in_the_title_or_the_body() {
        for (Segment segment : extraction.segments()) {
            String source = segment.part() == TextPart.TITLE ? title : body;
            assertThat(source.substring(segment.start(), segment.end())).isEqualTo(segment.text());
        }
    }

    @Test
    void dated_past_events_are_suggested() {
        assertThat(sentenceContaining("septembre 2023").suggested()).isTrue();
        assertThat(sentenceContaining("en 1991").suggested()).isTrue();
        assertThat(sentenceContaining("en 2018").suggested()).isTrue();
        assertThat(sentenceContaining("septembre 2023").reasons()).extracting(Reason::evidence)
                .contains("septembre 2023");
    }

    @Test
    void a_prediction_with_devrait_is_not_suggested() {
        Segment prediction = sentenceContaining("Cette rencontre devrait attirer une attention particulière");
        assertThat(prediction.suggested()).isFalse();
        assertThat(prediction.has(Feature.OPINION_OR_MODAL)).isTrue();
    }

    @Test
    void every_sentence_carries_the_sum_of_its_reasons_as_score() {
        for (Segment sentence : extraction.sentences()) {
            int sum = sentence.reasons().stream().mapToInt(Reason::weight).sum();
            assertThat(sentence.score()).as(sentence.text()).isEqualTo(sum);
            assertThat(sentence.suggested()).as(sentence.text()).isEqualTo(sum >= Weights.THRESHOLD);
        }
    }

    private static Segment sentenceContaining(String words) {
        return extraction.sentences().stream().filter(segment -> segment.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("No sentence contains " + words));
    }
}
