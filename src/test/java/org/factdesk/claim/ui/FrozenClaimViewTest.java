package org.factdesk.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.factdesk.PageText;
import org.factdesk.article.ArticleService;
import org.factdesk.workflow.AssignmentData;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.Priority;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.source.Reliability;
import org.factdesk.claim.ResearchService;
import org.factdesk.claim.SignedIn;
import org.factdesk.source.SourceData;
import org.factdesk.source.SourceKind;
import org.factdesk.source.SourceService;
import org.factdesk.claim.VerdictData;
import org.factdesk.workflow.WorkflowService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** An approved claim is read-only for an editor, on its page and in the article workspace, until it is reopened. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@ViewPackages(packages = "org.factdesk")
@WithUserDetails("editor")
class FrozenClaimViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ResearchService research;
    @Autowired
    SourceService sources;
    @Autowired
    WorkflowService workflow;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    UserDetailsService users;
    @PersistenceContext
    EntityManager entities;

    private long articleId;
    private long claimId;

    /** The seed article's top-ranked claim, researched by the checker and approved by the editor. */
    @BeforeEach
    void an_approved_claim() {
        articleId = articles.list("Le dirigeant russe", PageRequest.of(0, 1)).getFirst().id();
        ClaimRow row = claims.list(articleId, PageRequest.of(0, 1)).getFirst();
        claimId = row.id();
        claims.select(claimId, row.version());
        workflow.assign(claimId, version(), new AssignmentData("checker", null, Priority.NORMAL));
        SignedIn.by(users, "checker", () -> {
            research.take(claimId, version());
            research.saveVerdict(claimId, version(), new VerdictData(ratings.active().getFirst().id(), "Per INSEE."));
            sources.add(claimId, new SourceData("https://www.insee.fr/a", "Taux de chômage", null,
                    SourceKind.OFFICIAL_STATISTICS, null, null, Reliability.HIGH, null));
            research.submit(claimId, version());
        });
        workflow.approve(claimId, version());
        entities.flush();
    }

    @Test
    void the_claim_page_shows_an_approved_claim_read_only_with_the_reason_and_the_reopen_action() {
        navigate("claims/" + claimId, ClaimView.class);

        assertThat($(Span.class).id("claim-frozen-help").getText()).contains("reopens it for a correction");
        assertThat($(Button.class).id("claim-reopen").isVisible()).isTrue();
        assertThat($(Button.class).withId("verdict-save").exists()).isFalse();
        assertThat($(Button.class).withId("claimant-save").exists()).isFalse();
        assertThat($(Button.class).withId("source-add").exists()).isFalse();
        ClaimView page = $(ClaimView.class).single();
        assertThat(PageText.byId(page, "verdict-rationale").orElseThrow().hasAttr("readonly")).isTrue();
        assertThat(PageText.byId(page, "claim-claimant").orElseThrow().hasAttr("readonly")).isTrue();
        assertThat($(TextArea.class).withId("verdict-rationale").exists()).isFalse();
        assertThat($(TextField.class).withId("claim-claimant").exists()).isFalse();
    }

    @Test
    void the_workspace_offers_no_reword_split_or_merge_on_an_approved_claim() {
        navigate("articles/" + articleId, ArticleWorkspaceView.class);
        @SuppressWarnings("unchecked")
        Grid<ClaimRow> grid = $(Grid.class).id("claims-grid");
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).id() == claimId) {
                test(grid).select(i);
            }
        }

        assertThat(claims.find(claimId).orElseThrow().status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat($(TextArea.class).id("claim-statement").isReadOnly()).isTrue();
        assertThat($(Span.class).id("claim-frozen-help").isVisible()).isTrue();
        assertThat($(Button.class).withId("claim-reword").exists()).isFalse();
        assertThat($(Button.class).withId("claim-split").exists()).isFalse();
        assertThat($(Button.class).withId("claim-merge").exists()).isFalse();
    }

    private long version() {
        entities.flush();
        return research.details(claimId).orElseThrow().version();
    }
}
