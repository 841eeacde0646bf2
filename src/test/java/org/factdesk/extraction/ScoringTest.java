package org.factdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each feature on a sentence where it must fire and on a close one where it must not. */
class ScoringTest {

    /** English sentences are weighed by the shipped model; French ones by the hand-set weights of the rules. */
    private static final LinearScorer ENGLISH = LinearScorer.fromClasspath(LinearScorer.ENGLISH);

    @ParameterizedTest(name = "{0} fires on: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NUMBER | fr | Le conseil compte 41 membres élus depuis la réforme du statut. | 41
            NUMBER | en | The council has 41 elected members since the reform of the statute. | 41
            QUANTITY | fr | Le chômage atteint 7,5 % de la population active selon les chiffres. | 7,5 %
            QUANTITY | en | The company paid $3.2 billion for the mine in the north of the country. | $3.2 billion
            QUANTITY | fr | La ville a dépensé 12 millions d'euros pour rénover le stade municipal. | 12 millions
            DATE | fr | Le traité a été signé en septembre 2023 par les deux gouvernements. | septembre 2023
            DATE | en | The treaty was signed on March 3, 2021 by the two governments. | March 3, 2021
            DATE | fr | Les deux pays sont devenus indépendants en 1991 après la dislocation. | 1991
            NAMED_ENTITY | fr | Le président Vladimir Poutine a rencontré son homologue à Bakou. | Vladimir Poutine
            NAMED_ENTITY | en | The minister met President Emmanuel Macron in Paris on a cold morning. | Emmanuel Macron
            ACRONYM | fr | Les membres de l'OTAN et de l'UE se sont réunis à huis clos ce matin. | OTAN
            ACRONYM | en | NATO members met behind closed doors with the delegates this morning. | NATO
            REPORTING_VERB | fr | Les discussions ont échoué, selon l'agence de presse officielle du pays. | selon
            REPORTING_VERB | fr | Le porte-parole a déclaré que les négociations reprendront bientôt. | a déclaré
            REPORTING_VERB | en | The talks failed, according to the official news agency of the country. | according to
            COMPARISON | fr | Les importations de gaz ont augmenté de façon nette depuis le printemps. | augmenté
            COMPARISON | en | Gas imports more than doubled over the spring in the northern regions. | more than
            CAUSAL | fr | Le vol a été annulé en raison de la tempête qui frappait la côte. | en raison de
            CAUSAL | en | The flight was cancelled due to the storm that hit the coast overnight. | due to
            QUOTATION | fr | Le ministre a évoqué des « questions régionales » devant eux. | « questions régionales »
            QUOTATION | en | The minister spoke of "regional questions" again last night. | "regional questions"
            PAST_EVENT | fr | L'avion présidentiel a atterri dans la capitale en fin de journée. | a atterri
            PAST_EVENT | fr | L'armée a repris le contrôle de la région après des semaines de combats. | a repris
            PAST_EVENT | en | The presidential plane landed in the capital late in the afternoon. | landed
            PAST_EVENT | en | The region has been under military control for several weeks now. | has been
            QUESTION | fr | Le gouvernement va-t-il vraiment tenir ses promesses sur les retraites ? | ?
            QUESTION | en | Will the government really keep its promises on pensions this time? | ?
            OPINION_OR_MODAL | fr | Cette rencontre devrait attirer une attention particulière des voisins. | devrait
            OPINION_OR_MODAL | fr | Il faut que le gouvernement agisse vite pour les familles modestes. | Il faut
            OPINION_OR_MODAL | en | The government should act quickly to help the poorest families now. | should
            OPINION_OR_MODAL | en | I think the government is wrong about the reform of the pension system. | I think
            FUTURE | fr | Le président rencontrera son homologue dans la capitale voisine. | rencontrera
            FUTURE | fr | Pour les prochains jours, le président sera en visite dans la région. | sera
            FUTURE | en | The president will meet his counterpart in the neighbouring capital. | will
            FUTURE | en | The president is going to meet his counterpart in the capital soon. | is going to
            TOO_SHORT | fr | Il est parti. | 3
            NO_VERB | fr | Une journée noire pour les marchés financiers européens et asiatiques. | ''
            NO_VERB | en | A dark day for the European and Asian financial markets and their banks. | ''
            """)
    void the_feature_fires_with_the_matched_words_as_evidence(Feature feature, String language, String sentence,
                                                              String evidence) {
        Segment segment = single(sentence, language);
        assertThat(segment.reasons()).filteredOn(reason -> reason.feature() == feature)
                .singleElement()
                .satisfies(reason -> {
                    assertThat(reason.evidence()).contains(evidence);
                    assertThat(reason.weight()).isEqualTo(language.equals("en") ? ENGLISH.points(feature)
                            : Weights.of(feature));
                });
    }

    @ParameterizedTest(name = "{0} does not fire on: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NUMBER | fr | Les deux pays sont devenus indépendants en 1991 après la dislocation.
            NUMBER | en | The council has several elected members since the reform of the statute.
            QUANTITY | fr | Le conseil compte 41 membres élus depuis la réforme du statut.
            DATE | fr | Le conseil compte 41 membres élus depuis la réforme du statut.
            DATE | en | Officials may meet the delegates again if the talks go well tonight.
            DATE | fr | La ville a accueilli 2000 personnes pour la fête de la musique hier.
            NAMED_ENTITY | fr | Cette rencontre devrait attirer une attention particulière des voisins.
            NAMED_ENTITY | fr | Personne ne sait ce que les délégués ont décidé pendant la nuit.
            ACRONYM | fr | Le chapitre IV du règlement a été modifié par les députés hier soir.
            ACRONYM | en | THE GOVERNMENT HAS FALLEN AFTER A VOTE OF NO CONFIDENCE IN PARLIAMENT.
            REPORTING_VERB | fr | Les discussions ont échoué après une longue nuit de négociations tendues.
            COMPARISON | en | The talks failed after a long night of tense negotiations in the capital.
            CAUSAL | fr | Le vol a été annulé sans explication par la compagnie aérienne hier.
            QUOTATION | fr | Le ministre a évoqué des questions internationales et régionales hier.
            PAST_EVENT | fr | Le président rencontrera son homologue dans la capitale voisine.
            PAST_EVENT | fr | Aliyev dirige le pays depuis des années et est critiqué par les ONG.
            PAST_EVENT | en | The plan is expected to be signed by the two governments next month.
            QUESTION | fr | Le gouvernement a tenu ses promesses sur les retraites cette année.
            OPINION_OR_MODAL | fr | Cette rencontre a attiré une attention particulière des pays voisins.
            OPINION_OR_MODAL | en | The summit in May 2024 drew the attention of the neighbouring countries.
            FUTURE | fr | Le président a rencontré son homologue dans la capitale voisine.
            FUTURE | en | The president met his counterpart in the neighbouring capital today.
            TOO_SHORT | fr | Le président est parti hier soir pour Bakou.
            NO_VERB | fr | Le président est parti hier soir pour Bakou.
            """)
    void the_feature_does_not_fire(Feature feature, String language, String sentence) {
        assertThat(single(sentence, language).has(feature)).isFalse();
    }

    @Test
    void the_sentence_initial_word_is_no_name_when_only_its_capital_makes_it_one() {
        Segment segment = single("Plusieurs pays européens ont augmenté leurs importations de gaz.", "fr");
        assertThat(segment.has(Feature.NAMED_ENTITY)).isFalse();
    }

    @Test
    void a_long_quotation_is_cut_in_the_evidence() {
        String quote = "mot ".repeat(80).strip();
        Segment segment = single("Le ministre a dit « " + quote + " » devant les députés réunis.", "fr");
        assertThat(segment.reasons()).filteredOn(reason -> reason.feature() == Feature.QUOTATION)
                .singleElement()
                .satisfies(reason -> assertThat(reason.evidence()).hasSize(CheckWorthiness.MAX_EVIDENCE)
                        .endsWith("…"));
    }

    @Test
    void the_threshold_needs_two_kinds_of_evidence() {
        assertThat(Weights.suggests(Weights.THRESHOLD)).isTrue();
        assertThat(Weights.suggests(Weights.THRESHOLD - 1)).isFalse();
        assertThat(Weights.of(Feature.PAST_EVENT) + Weights.of(Feature.NAMED_ENTITY)).isLessThan(Weights.THRESHOLD);
        assertThat(Weights.of(Feature.PAST_EVENT) + Weights.of(Feature.DATE)).isEqualTo(Weights.THRESHOLD);
    }

    @Test
    void negative_features_lower_the_score() {
        for (Feature feature : new Feature[] {Feature.QUESTION, Feature.OPINION_OR_MODAL, Feature.FUTURE,
                Feature.TOO_SHORT, Feature.NO_VERB}) {
            assertThat(Weights.of(feature)).as(feature.name()).isNegative();
        }
    }

    @Test
    void a_generic_language_still_scores_its_figures_and_dates() {
        Segment segment = SharedExtractor.INSTANCE.extract("", "Die Inflation stieg im Jahr 2023 auf 2,3 Prozent.",
                "de").sentences().getFirst();
        assertThat(segment.has(Feature.DATE)).isTrue();
        assertThat(segment.has(Feature.NUMBER)).isTrue();
        assertThat(segment.has(Feature.NO_VERB)).isFalse();
    }

    private static Segment single(String sentence, String language) {
        Extraction extraction = SharedExtractor.INSTANCE.extract("", sentence, language);
        assertThat(extraction.sentences()).hasSize(1);
        return extraction.sentences().getFirst();
    }
}
