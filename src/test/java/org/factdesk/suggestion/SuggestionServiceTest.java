package org.factdesk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@WithMockUser(username = "admin", roles = "ADMIN")
class SuggestionServiceTest {

    @Autowired
    SuggestionService suggestions;

    @Autowired
    DeskLabels labels;

    @Autowired
    JdbcTemplate jdbc;

    DeskClaims desk;

    @BeforeEach
    void emptyDesk() {
        desk = new DeskClaims(jdbc);
        assertThat(labels.of("de")).as("no German decisions before the test").isEmpty();
    }

    private LanguageAgreement figures(String language) {
        return suggestions.agreement().stream().filter(figures -> figures.language().equals(language)).findFirst()
                .orElseThrow();
    }

    @Test
    void accepts_selections_research_and_relevant_dismissals_are_labels_and_the_rest_are_not() {
        long article = desk.article("de");
        long accepted = desk.accepted(article, "accepted", true);
        long selected = desk.claim(article, "selected", false, "SELECTED", "TO_CHECK", null, null);
        long researched = desk.claim(article, "researched", false, "EXTRACTED", "IN_RESEARCH", null, "take");
        long approved = desk.claim(article, "approved", true, "EXTRACTED", "APPROVED", null, null);
        long notWorthy = desk.dismissed(article, "not worthy", true, "NOT_CHECK_WORTHY");
        long opinion = desk.dismissed(article, "opinion", false, "OPINION");
        desk.dismissed(article, "duplicate", true, "DUPLICATE");
        desk.dismissed(article, "out of scope", true, "OUT_OF_SCOPE");
        desk.claim(article, "untouched", true, "EXTRACTED", "CANDIDATE", null, null);
        desk.claim(article, "bulk accepted", true, "EXTRACTED", "TO_CHECK", null, DeskLabels.BULK);

        List<DeskLabel> found = labels.of("de");

        assertThat(found).extracting(DeskLabel::claimId)
                .containsExactly(accepted, selected, researched, approved, notWorthy, opinion);
        assertThat(found).extracting(DeskLabel::checkworthy).containsExactly(true, true, true, true, false, false);
        assertThat(found).extracting(DeskLabel::suggested).containsExactly(true, false, false, true, true, false);
        assertThat(found.getFirst().statement()).isEqualTo("accepted");
        assertThat(found.getFirst().language()).isEqualTo("de");
    }

    @Test
    void only_the_latest_decision_counts() {
        long article = desk.article("de");
        long undone = desk.claim(article, "accepted then undone", true, "EXTRACTED", "CANDIDATE", null, null);
        jdbc.update("insert into activity (occurred_at, actor, article_id, claim_id, action, before_value, "
                + "after_value) values (timestamp '2026-01-04 10:00:00', 'editor', ?, ?, 'claim.status', "
                + "'CANDIDATE', 'TO_CHECK')", article, undone);
        long changedMind = desk.dismissed(article, "dismissed after an accept", true, "NOT_CHECK_WORTHY");
        jdbc.update("insert into activity (occurred_at, actor, article_id, claim_id, action, before_value, "
                + "after_value) values (timestamp '2026-01-04 10:00:00', 'editor', ?, ?, 'claim.status', "
                + "'CANDIDATE', 'TO_CHECK')", article, changedMind);

        assertThat(labels.of("de")).singleElement().satisfies(label -> {
            assertThat(label.claimId()).isEqualTo(changedMind);
            assertThat(label.checkworthy()).isFalse();
        });
    }

    @Test
    void precision_recall_and_f1_count_the_check_worthy_class_per_language() {
        long german = desk.article("de");
        desk.accepted(german, "suggested and accepted 1", true);
        desk.accepted(german, "suggested and accepted 2", true);
        desk.accepted(german, "suggested and accepted 3", true);
        desk.dismissed(german, "suggested but not worthy", true, "NOT_CHECK_WORTHY");
        desk.accepted(german, "accepted without a suggestion", false);
        desk.dismissed(german, "neither", false, "OPINION");
        long italian = desk.article("it");
        desk.dismissed(italian, "suggested, dismissed", true, "NOT_CHECK_WORTHY");

        LanguageAgreement de = figures("de");
        assertThat(de.labels()).isEqualTo(6);
        assertThat(de.recent()).isEqualTo(new Agreement(6, 3, 1, 1));
        assertThat(de.recent().precision()).isCloseTo(0.75, within(1e-9));
        assertThat(de.recent().recall()).isCloseTo(0.75, within(1e-9));
        assertThat(de.recent().f1()).isCloseTo(0.75, within(1e-9));
        LanguageAgreement it = figures("it");
        assertThat(it.recent()).isEqualTo(new Agreement(1, 0, 1, 0));
        assertThat(it.recent().f1()).isZero();
    }

    @Test
    void the_figures_cover_the_last_500_decisions_and_the_history_blocks_of_50() {
        long article = desk.article("de");
        for (int i = 0; i < 120; i++) {
            desk.dismissed(article, "old miss " + i, true, "NOT_CHECK_WORTHY");
        }
        for (int i = 0; i < SuggestionService.RECENT; i++) {
            desk.accepted(article, "recent hit " + i, true);
        }

        LanguageAgreement de = figures("de");

        assertThat(de.labels()).isEqualTo(620);
        assertThat(de.recent()).isEqualTo(new Agreement(500, 500, 0, 0));
        assertThat(de.history()).hasSize(SuggestionService.MAX_POINTS);
        assertThat(de.history().getLast().agreement().f1()).isEqualTo(1.0);
        assertThat(de.history().getLast().until()).isEqualTo(DeskClaims.START.plusSeconds(60L * 620));
        assertThat(de.history()).allSatisfy(point -> assertThat(point.agreement().decisions()).isEqualTo(50));
        assertThat(de.history().getFirst().agreement()).as("the oldest block shown still holds the misses")
                .isEqualTo(new Agreement(50, 0, 50, 0));
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void only_administrators_see_the_figures() {
        assertThatThrownBy(() -> suggestions.agreement()).isInstanceOf(AccessDeniedException.class);
    }
}
