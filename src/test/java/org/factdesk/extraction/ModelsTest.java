package org.factdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.ml.BeamSearch;
import org.junit.jupiter.api.Test;

class ModelsTest {

    @Test
    void the_taggers_decode_greedily_and_the_other_models_load() {
        Models models = Models.fromClasspath();
        assertThat(models.posFr().getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER)).isEqualTo("1");
        assertThat(models.posEn().getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER)).isEqualTo("1");
        assertThat(models.posFr().getLanguage()).isEqualTo("fr");
        assertThat(models.sentencesEn().getLanguage()).isEqualTo("en");
    }
}
