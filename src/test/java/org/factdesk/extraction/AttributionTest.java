package org.factdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hand-written sentences of news copy: who said it, and the statement without the attribution. */
class AttributionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            Crime fell by 20 %, Devlin said.                                  | Devlin          | Crime fell by 20 %                       | false
            "Crime fell by 20 %," Devlin said on Tuesday.                     | Devlin          | Crime fell by 20 %                       | true
            “Crime fell by 20 %,” Devlin told reporters.                       | Devlin          | Crime fell by 20 %                       | false
            Unemployment rose to 5 %, said Maria Lopez, the labour minister.  | Maria Lopez     | Unemployment rose to 5 %                 | false
            According to the ministry, exports doubled in 2024.              | The ministry    | Exports doubled in 2024.                 | false
            Exports doubled in 2024, according to the ministry.              | The ministry    | Exports doubled in 2024                  | false
            The police said that 300 people were arrested.                    | The police      | 300 people were arrested.                | false
            In 2023, crime fell by 20 %, the Home Office said yesterday.      | The Home Office | In 2023, crime fell by 20 %              | true
            Sales rose by a third, the company reported in a statement.       | The company     | Sales rose by a third                    | false
            Officials told reporters the bridge was safe.                     | Officials       | The bridge was safe.                     | false
            The government said it would cut taxes by 2 %.                    | The government  | The government said it would cut taxes by 2 %. | false
            """)
    void english_attributions_name_the_claimant_and_leave_the_statement(String sentence, String claimant,
                                                                         String statement, boolean dated) {
        Attribution attribution = Attribution.find(sentence, "en").orElseThrow();

        assertThat(attribution.claimant()).isEqualTo(claimant);
        assertThat(attribution.statement()).isEqualTo(statement);
        assertThat(attribution.dated()).isEqualTo(dated);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            Selon le Kremlin, les troupes se sont retirées de la frontière.                  | Le Kremlin             | Les troupes se sont retirées de la frontière.          | false
            Le chômage a baissé de 2 % en 2023, selon l’Insee.                               | L’Insee                | Le chômage a baissé de 2 % en 2023                     | false
            D'après la préfecture, 3 000 personnes ont manifesté.                            | La préfecture          | 3 000 personnes ont manifesté.                         | false
            « Nous avons créé 150 000 emplois », a déclaré Emmanuel Macron.                  | Emmanuel Macron        | Nous avons créé 150 000 emplois                        | false
            Les prix ont augmenté de 5 %, a déclaré mardi la ministre.                       | La ministre            | Les prix ont augmenté de 5 %                           | true
            Les ventes progressent de 4 %, indique le rapport.                               | Le rapport             | Les ventes progressent de 4 %                          | false
            Le ministre du Travail a affirmé que la réforme avait doublé le nombre d'apprentis. | Le ministre du Travail | La réforme avait doublé le nombre d'apprentis.       | false
            Le gouvernement a déclaré hier que 150 000 emplois avaient été créés.            | Le gouvernement        | 150 000 emplois avaient été créés.                     | true
            """)
    void french_attributions_name_the_claimant_and_leave_the_statement(String sentence, String claimant,
                                                                        String statement, boolean dated) {
        Attribution attribution = Attribution.find(sentence, "fr").orElseThrow();

        assertThat(attribution.claimant()).isEqualTo(claimant);
        assertThat(attribution.statement()).isEqualTo(statement);
        assertThat(attribution.dated()).isEqualTo(dated);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            Inflation will fall below 2 % next year, he said.   | en | Inflation will fall below 2 % next year
            La dette atteindra 120 % du PIB, a-t-il affirmé.     | fr | La dette atteindra 120 % du PIB
            La dette atteindra 120 % du PIB, estime-t-elle.      | fr | La dette atteindra 120 % du PIB
            """)
    void a_pronoun_is_an_attribution_without_a_name(String sentence, String language, String statement) {
        Attribution attribution = Attribution.find(sentence, language).orElseThrow();

        assertThat(attribution.claimant()).isNull();
        assertThat(attribution.statement()).isEqualTo(statement);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The economy grew by 3 % in 2023.",
            "Biden announced a $2 trillion plan on Monday.",
            "Prices rose, and wages fell.",
            "The minister who said crime fell has resigned.",
            "It was said that the bridge was safe.",
            "Le chômage a reculé de 0,3 point au troisième trimestre.",
            "Le rapport, publié mardi, montre une hausse de 4 %.",
            "Ce que le ministre a dit que personne ne croyait reste flou."})
    void sentences_without_an_attribution_have_none(String sentence) {
        String language = sentence.matches(".*\\b(?:le|la|Le|Ce)\\b.*") ? "fr" : "en";

        assertThat(Attribution.find(sentence, language)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "es", ""})
    void other_languages_have_no_rules(String language) {
        assertThat(Attribution.find("Crime fell by 20 %, Devlin said.", language)).isEqualTo(Optional.empty());
    }
}
