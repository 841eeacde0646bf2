package org.factdesk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;
import org.factdesk.extraction.ClaimExtractor;
import org.factdesk.extraction.Segment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A switch of the suggestion model scores the candidates nobody touched again, after the switch is committed and in
 * the background; claims the desk decided on keep the score the editor saw. Not transactional: the rescoring follows
 * a commit, so the rows it writes are removed afterwards.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class RescoringTest {

    private static final String RENT = "Le loyer a augmenté de 12 % en 2023.";
    private static final String OPINION = "Je trouve que ce loyer est vraiment une belle idée.";

    @Autowired
    SuggestionService suggestions;

    @Autowired
    Rescoring rescoring;

    @Autowired
    ClaimExtractor extractor;

    @Autowired
    JdbcTemplate jdbc;

    DeskClaims desk;
    long articlesBefore;
    long modelsBefore;

    @BeforeEach
    void frenchDesk() {
        desk = new DeskClaims(jdbc);
        articlesBefore = jdbc.queryForObject("select coalesce(max(id), 0) from article", Long.class);
        modelsBefore = jdbc.queryForObject("select coalesce(max(id), 0) from desk_model", Long.class);
    }

    /** Removes what the test wrote, and only that: other tests share the database (the seed article too). */
    @AfterEach
    void removeTheDesk() {
        extractor.useDeskModel("fr", null);
        jdbc.update("delete from activity where article_id > ?", articlesBefore);
        jdbc.update("delete from claim where article_id > ?", articlesBefore);
        jdbc.update("delete from article where id > ?", articlesBefore);
        jdbc.update("delete from desk_model where id > ?", modelsBefore);
    }

    @Test
    void switching_models_scores_the_untouched_candidates_again_and_leaves_the_decided_ones_alone()
            throws ExecutionException, InterruptedException {
        desk.clearDecisions(250);
        long article = desk.article("fr");
        long rent = desk.claim(article, RENT, false, "EXTRACTED", "CANDIDATE", null, null);
        long opinion = desk.claim(article, OPINION, true, "EXTRACTED", "CANDIDATE", null, null);
        long selected = desk.claim(article, RENT, false, "SELECTED", "TO_CHECK", null, null);
        long accepted = desk.accepted(article, OPINION, true);

        assertThat(suggestions.train("fr").active()).isTrue();
        rescoring.idle();

        Segment byDesk = scored(RENT);
        assertThat(scoreOf(rent)).isEqualTo(byDesk.score());
        assertThat(suggestedOf(rent)).isTrue();
        assertThat(suggestedOf(opinion)).as("the desk calls opinions not worth checking").isFalse();
        assertThat(reasonsOf(rent)).as("the reasons follow the score").isNotEqualTo("");
        assertThat(scoreOf(selected)).as("an editor made it").isEqualTo(1);
        assertThat(scoreOf(accepted)).as("the editor decided on what they saw").isEqualTo(6);

        suggestions.useShipped("fr");
        rescoring.idle();

        assertThat(scoreOf(rent)).isEqualTo(scored(RENT).score()).isNotEqualTo(byDesk.score());
        assertThat(scoreOf(accepted)).isEqualTo(6);
    }

    private Segment scored(String statement) {
        return extractor.extract("", statement, "fr").segments().getFirst();
    }

    private int scoreOf(long claim) {
        return jdbc.queryForObject("select score from claim where id = ?", Integer.class, claim);
    }

    private boolean suggestedOf(long claim) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select suggested from claim where id = ?", Boolean.class,
                claim));
    }

    private String reasonsOf(long claim) {
        String reasons = jdbc.queryForObject("select reasons from claim where id = ?", String.class, claim);
        return reasons == null ? "" : reasons;
    }
}
