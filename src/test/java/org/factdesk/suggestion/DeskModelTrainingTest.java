package org.factdesk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.factdesk.base.RefusedException;
import org.factdesk.extraction.ClaimExtractor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@WithMockUser(username = "admin", roles = "ADMIN")
class DeskModelTrainingTest {

    @Autowired
    SuggestionService suggestions;

    @Autowired
    DeskLabels labels;

    @Autowired
    ClaimExtractor extractor;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NightlyTraining nightly;

    @Autowired
    DeskModels deskModels;

    DeskClaims desk;

    @BeforeEach
    void frenchDesk() {
        desk = new DeskClaims(jdbc);
        assertThat(labels.of("fr")).as("no French decisions before the test").isEmpty();
    }

    @AfterEach
    void shippedScoringAgain() {
        extractor.useDeskModel("fr", null);
    }

    private void clearDecisions(int count) {
        desk.clearDecisions(count);
    }

    private static final String IMPORTED = "Le loyer a augmenté de 12 % en 2023.";

    /** The score a new import of {@link #IMPORTED} gets. */
    private int score() {
        return extractor.extract("", IMPORTED, "fr").segments().getFirst().score();
    }

    @Test
    void a_language_with_fewer_than_200_labels_is_not_trained() {
        clearDecisions(199);

        assertThatThrownBy(() -> suggestions.train("fr")).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.key()).isEqualTo("suggestion.error.too-few"));
        assertThat(suggestions.latestModel("fr")).isEmpty();
    }

    @Test
    void a_better_desk_model_becomes_active_and_scores_new_imports_until_the_admin_switches_back() {
        clearDecisions(250);
        int byTheRules = score();

        DeskModelItem model = suggestions.train("fr");

        assertThat(model.trained()).isEqualTo(200);
        assertThat(model.heldBack()).isEqualTo(50);
        assertThat(model.f1Before()).as("13 of 26 suggestions right, 13 of 25 found")
                .isCloseTo(26.0 / 51, within(1e-9));
        assertThat(model.f1After()).isGreaterThanOrEqualTo(model.f1Before()).isGreaterThan(0.9);
        assertThat(model.active()).isTrue();
        assertThat(suggestions.activeModel("fr")).contains(model);
        assertThat(score()).as("the desk model scores new imports").isNotEqualTo(byTheRules);

        suggestions.useShipped("fr");

        assertThat(suggestions.activeModel("fr")).isEmpty();
        assertThat(score()).isEqualTo(byTheRules);
    }

    @Test
    void a_node_told_of_a_switch_made_on_another_node_scores_with_the_model_active_in_the_database() {
        clearDecisions(250);
        int byTheRules = score();
        suggestions.train("fr");
        int byTheDesk = score();
        extractor.useDeskModel("fr", null);
        assertThat(score()).as("a node that has not heard yet").isEqualTo(byTheRules);

        deskModels.reload("fr");

        assertThat(score()).isEqualTo(byTheDesk).isNotEqualTo(byTheRules);
    }

    @Test
    void a_model_that_does_worse_than_the_suggestions_is_kept_but_not_used() {
        int byTheRules = score();
        long article = desk.article("fr");
        for (int i = 0; i < 250; i++) {
            boolean worthy = Integer.bitCount(i * 7919) % 2 == 0;
            String statement = "Le " + DeskClaims.TOPICS[i % DeskClaims.TOPICS.length] + " numéro " + i + " est ainsi.";
            if (worthy) {
                desk.accepted(article, statement, true);
            } else {
                desk.dismissed(article, statement, false, "NOT_CHECK_WORTHY");
            }
        }

        DeskModelItem model = suggestions.train("fr");

        assertThat(model.f1Before()).isEqualTo(1.0);
        assertThat(model.f1After()).isLessThan(1.0);
        assertThat(model.active()).isFalse();
        assertThat(suggestions.activeModel("fr")).isEmpty();
        assertThat(score()).isEqualTo(byTheRules);
    }

    @Test
    void the_nightly_job_trains_every_language_with_enough_decisions() {
        clearDecisions(250);
        desk.accepted(desk.article("de"), "Die Arbeitslosigkeit stieg um 3 Prozent.", true);

        nightly.run();

        assertThat(suggestions.activeModel("fr")).hasValueSatisfying(model -> {
            assertThat(model.createdBy()).isEqualTo("system");
            assertThat(model.trained() + model.heldBack()).as("the French decisions, and only those")
                    .isEqualTo(labels.of("fr").size());
        });
        assertThat(suggestions.latestModel("de")).as("one German decision is not enough").isEmpty();
        assertThat(nightly.name()).isEqualTo("desk-model-training");
    }
}
