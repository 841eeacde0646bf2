package org.factdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimantData;
import org.factdesk.comment.CommentService;
import org.factdesk.rating.RatingData;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.source.Reliability;
import org.factdesk.claim.ResearchService;
import org.factdesk.source.SourceData;
import org.factdesk.source.SourceKind;
import org.factdesk.source.SourceService;
import org.factdesk.claim.VerdictData;
import org.factdesk.workflow.WorkflowService;
import org.factdesk.desk.DeskSettingsData;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.report.feed.ApiFeedService;
import org.factdesk.report.feed.ApiTokenData;
import org.factdesk.security.NewUserData;
import org.factdesk.security.Role;
import org.factdesk.security.UserData;
import org.factdesk.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every kind of text a user types is refused, by the service itself, when it holds a control character other than
 * tab and line breaks, with a message key for the field; so no NUL reaches the database or an export (web addresses
 * were already refused as addresses). The ids need not exist: validation refuses before anything is read.
 */
@SpringBootTest
@Transactional
@WithMockUser(username = "admin", roles = {"ADMIN", "EDITOR", "CHECKER"})
class ControlCharactersTest {

    private static final String REFUSED = "validation.control-characters";
    private static final String NUL = "Taux\u0000 de chômage";

    @Autowired
    ArticleService articles;
    @Autowired
    SourceService sources;
    @Autowired
    ResearchService research;
    @Autowired
    ClaimService claims;
    @Autowired
    CommentService comments;
    @Autowired
    WorkflowService workflow;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    DeskSettingsService desk;
    @Autowired
    UserService users;
    @Autowired
    ApiFeedService feed;

    @Test
    void an_article_is_refused_field_by_field() {
        assertThat(Violations.of(() -> articles.importArticle(new ArticleData("Titre\u0007", "Corps\u001B[31m",
                "Le\u007FMonde", "https://example.org/\u0000", "Par\u0085 Jean", null, "fr"))))
                .containsExactly("body: " + REFUSED, "byline: " + REFUSED, "outlet: " + REFUSED,
                        "title: " + REFUSED, "url: validation.url");
    }

    @Test
    void tabs_and_line_breaks_of_every_kind_are_text() {
        long id = articles.importArticle(new ArticleData("Titre\tclair", "Premier paragraphe.\r\n\r\n\tSecond.\n",
                null, null, null, null, "fr"));

        assertThat(articles.find(id).orElseThrow().body()).contains(".\n\n\tSecond.");
    }

    @Test
    void a_source_is_refused_field_by_field() {
        SourceData data = new SourceData("https://insee.fr/\u0001", NUL, NUL, SourceKind.OTHER, NUL,
                LocalDate.of(2025, 1, 1), Reliability.HIGH, NUL);

        assertThat(Violations.of(() -> sources.add(1, data))).containsExactly("excerpt: " + REFUSED,
                "note: " + REFUSED, "publisher: " + REFUSED, "title: " + REFUSED, "url: validation.url");
        assertThat(Violations.of(() -> sources.update(1, 0, data))).hasSize(5);
    }

    @Test
    void a_verdict_s_rationale_and_a_claimant_are_refused() {
        assertThat(Violations.of(() -> research.saveVerdict(1, 0, new VerdictData(1L, NUL))))
                .containsExactly("rationale: " + REFUSED);
        assertThat(Violations.of(() -> research.describeClaimant(1, 0, new ClaimantData(NUL, null))))
                .containsExactly("claimant: " + REFUSED);
    }

    @Test
    void a_reworded_statement_a_comment_and_the_reasons_of_a_return_or_a_reopening_are_refused() {
        assertThat(Violations.of(() -> claims.reword(1, 0, NUL))).containsExactly("statement: " + REFUSED);
        assertThat(Violations.of(() -> comments.post(1, NUL, Set.of()))).containsExactly("body: " + REFUSED);
        assertThat(Violations.of(() -> workflow.sendBack(1, 0, NUL))).containsExactly("comment: " + REFUSED);
        assertThat(Violations.of(() -> workflow.reopen(1, 0, NUL))).containsExactly("reason: " + REFUSED);
    }

    @Test
    void a_rating_s_labels_and_descriptions_are_refused() {
        RatingData data = new RatingData(NUL, NUL, NUL, NUL, "#aa0000", null);

        assertThat(Violations.of(() -> ratings.create(data))).containsExactly("descriptionEn: " + REFUSED,
                "descriptionFr: " + REFUSED, "labelEn: " + REFUSED, "labelFr: " + REFUSED);
    }

    @Test
    void the_desk_s_name_and_address_are_refused() {
        assertThat(Violations.of(() -> desk.update(desk.edit().version(), new DeskSettingsData("Desk\u0000", "https://desk.example/\u0000",
                "Europe/Paris", "fr")))).containsExactly("deskName: " + REFUSED, "publicBaseUrl: validation.url");
    }

    @Test
    void a_user_s_display_name_is_refused_when_created_and_when_edited() {
        assertThat(Violations.of(() -> users.create(new NewUserData("jeanne", NUL, null, "un mot de passe long",
                Set.of(Role.CHECKER))))).containsExactly("displayName: " + REFUSED);
        assertThat(Violations.of(() -> users.update(1, userVersion(1), new UserData(NUL, null, Set.of(Role.CHECKER)))))
                .containsExactly("displayName: " + REFUSED);
    }

    @Test
    void an_api_token_s_name_is_refused() {
        assertThat(Violations.of(() -> feed.create(new ApiTokenData(NUL)))).containsExactly("name: " + REFUSED);
    }

    private long userVersion(long id) {
        return users.list().stream().filter(user -> user.id() == id).findFirst().orElseThrow().version();
    }
}
