package org.factdesk.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.PageText;
import org.factdesk.article.ArticleService;
import org.factdesk.base.ui.NotFoundView;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimFixture;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.rating.RatingItem;
import org.factdesk.claim.ResearchService;
import org.factdesk.claim.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The claim page for each role: what it shows, and the research a checker does on it. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@ViewPackages(packages = "org.factdesk")
@WithUserDetails("editor")
class ClaimViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    ResearchService research;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @PersistenceContext
    EntityManager entities;

    @Autowired
    ApplicationContext context;

    private ClaimRow claim;

    /** The seed article's top-ranked claim, selected by the editor: TO_CHECK. */
    @BeforeEach
    void a_claim_to_check() {
        long id = new ClaimFixture(context).seedClaimToCheck();
        // What a new request would see: the selection committed, its version counted.
        entities.flush();
        claim = claims.find(id).orElseThrow();
    }

    private void open() {
        navigate("claims/" + claim.id(), ClaimView.class);
    }

    @Test
    void the_page_shows_the_statement_and_its_quote_inside_the_paragraph() {
        open();

        ClaimView page = $(ClaimView.class).single();
        assertThat(PageText.byId(page, "claim-heading").orElseThrow().text()).isEqualTo(claim.statement());
        org.jsoup.nodes.Element quote = PageText.byId(page, "claim-quote").orElseThrow();
        assertThat(quote.wholeText()).contains(claim.quote());
        assertThat(quote.select(".fd-quote-mark")).singleElement().extracting(org.jsoup.nodes.Element::wholeText)
                .isEqualTo(claim.quote());
    }

    @Test
    void a_statement_and_a_history_that_look_like_markup_show_as_text() {
        String markup = "<img src=x onerror=alert(1)>";
        // Reworded by the editor: the statement and the history's line both hold it.
        claims.reword(claim.id(), claim.version(), markup);
        entities.flush();
        open();

        ClaimView page = $(ClaimView.class).single();
        assertThat(PageText.byId(page, "claim-heading").orElseThrow().text()).isEqualTo(markup);
        assertThat(PageText.byId(page, "claim-page-history").orElseThrow().text()).contains(markup);
        assertThat(PageText.blocks(page)).as("no element made of the user's text")
                .allSatisfy(block -> assertThat(block.select("img, script")).isEmpty());
    }

    @Test
    void a_viewer_reads_the_claim_but_has_no_research_action() {
        SignedIn.as(users, "viewer");
        open();

        assertThat($(Button.class).withId("claim-take").exists()).isFalse();
        assertThat($(Button.class).withId("verdict-save").exists()).isFalse();
        assertThat($(Button.class).withId("source-add").exists()).isFalse();
        assertThat(readOnlyField("verdict-rationale").tagName()).isEqualTo("vaadin-text-area");
        assertThat(readOnlyField("claim-claimant").tagName()).isEqualTo("vaadin-text-field");
        assertThat($(TextArea.class).withId("verdict-rationale").exists()).as("drawn as markup").isFalse();
    }

    /** A field the page draws read-only: an element of a block's markup with the {@code readonly} attribute. */
    private org.jsoup.nodes.Element readOnlyField(String id) {
        org.jsoup.nodes.Element field = PageText.byId($(ClaimView.class).single(), id).orElseThrow();
        assertThat(field.hasAttr("readonly")).as(id + " is read-only").isTrue();
        return field;
    }

    @Test
    void a_reader_sees_the_claimant_and_the_verdict_in_their_language_and_markup_in_them_as_text() {
        String markup = "<img src=x onerror=alert(1)>";
        SignedIn.as(users, "checker");
        research.take(claim.id(), claims.find(claim.id()).orElseThrow().version());
        research.describeClaimant(claim.id(), claims.find(claim.id()).orElseThrow().version(),
                new org.factdesk.claim.ClaimantData(markup, java.time.LocalDate.of(2024, 3, 5)));
        research.saveVerdict(claim.id(), claims.find(claim.id()).orElseThrow().version(),
                new org.factdesk.claim.VerdictData(null, markup + " said the minister."));
        entities.flush();
        SignedIn.as(users, "viewer");
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        open();

        assertThat(readOnlyField("claim-claimant").attr("value")).isEqualTo(markup);
        assertThat(readOnlyField("claim-claimant").attr("label")).isEqualTo("Auteur de l’affirmation");
        assertThat(readOnlyField("claim-date").attr("value")).isEqualTo("5 mars 2024");
        assertThat(readOnlyField("verdict-rating").attr("value")).isEqualTo("Pas encore de note");
        assertThat(readOnlyField("verdict-rationale").attr("value")).isEqualTo(markup + " said the minister.");
        // French writes 5 000 with a narrow no-break space.
        assertThat(readOnlyField("verdict-rationale").attr("helper-text"))
                .startsWith((markup + " said the minister.").length() + " / 5").endsWith("000 caractères");
        assertThat(PageText.blocks($(ClaimView.class).single())).as("no element made of the user's text")
                .allSatisfy(block -> assertThat(block.select("img, script")).isEmpty());
    }

    @Test
    void a_read_only_verdict_shows_its_rating_as_text_and_the_researcher_gets_the_whole_scale() {
        SignedIn.as(users, "checker");
        open();
        test($(Button.class).id("claim-take")).click();
        entities.flush();
        open();
        @SuppressWarnings("unchecked")
        Select<RatingItem> editable = $(Select.class).id("verdict-rating");
        assertThat(editable.getListDataView().getItems()).extracting(RatingItem::labelEn).hasSize(8)
                .contains("True", "Mostly true", "False");
        test(editable).selectItem("Mostly true");
        test($(Button.class).id("verdict-save")).click();
        entities.flush();

        SignedIn.as(users, "viewer");
        open();

        assertThat(readOnlyField("verdict-rating").attr("value")).isEqualTo("Mostly true");
        assertThat($(Select.class).withId("verdict-rating").exists()).as("no select, no list of the scale").isFalse();
    }

    @Test
    void a_checker_takes_the_claim_then_proposes_a_verdict() {
        SignedIn.as(users, "checker");
        open();
        assertThat($(Button.class).withId("verdict-save").exists()).as("not theirs yet").isFalse();

        test($(Button.class).id("claim-take")).click();

        assertThat(claims.find(claim.id()).orElseThrow().status()).isEqualTo(ClaimStatus.IN_RESEARCH);
        assertThat($(Button.class).id("claim-submit").isVisible()).isTrue();
        // The next request sees the take committed (this test runs in one transaction).
        entities.flush();
        open();
        @SuppressWarnings("unchecked")
        Select<RatingItem> rating = $(Select.class).id("verdict-rating");
        test(rating).selectItem("Mostly true");
        test($(TextArea.class).id("verdict-rationale")).setValue("<img src=x onerror=alert(1)> is what they said.");
        test($(Button.class).id("verdict-save")).click();

        assertThat(research.details(claim.id()).orElseThrow().rationale())
                .isEqualTo("<img src=x onerror=alert(1)> is what they said.");
        assertThat(research.details(claim.id()).orElseThrow().proposers()).containsExactly("checker");
        assertThat($(TextArea.class).id("verdict-rationale").getValue())
                .isEqualTo("<img src=x onerror=alert(1)> is what they said.");
    }

    @Test
    void submitting_without_a_source_is_refused_and_the_claim_stays_in_research() {
        SignedIn.as(users, "checker");
        open();
        test($(Button.class).id("claim-take")).click();

        test($(Button.class).id("claim-submit")).click();

        assertThat(claims.find(claim.id()).orElseThrow().status()).isEqualTo(ClaimStatus.IN_RESEARCH);
    }

    @Test
    void submit_saves_the_verdict_on_screen_and_sends_it_to_review_in_one_click() {
        SignedIn.as(users, "checker");
        open();
        test($(Button.class).id("claim-take")).click();
        jdbc.update("insert into source (claim_id, url, title, kind, reliability, created_by, created_at) "
                + "values (?, 'https://example.org', 'A source', 'OTHER', 'UNKNOWN', 'checker', current_timestamp)",
                claim.id());
        entities.flush();
        open();
        @SuppressWarnings("unchecked")
        Select<RatingItem> rating = $(Select.class).id("verdict-rating");
        test(rating).selectItem("Mostly true");
        test($(TextArea.class).id("verdict-rationale")).setValue("Per INSEE, unemployment fell.");

        // No click on Save: Submit takes what is on screen.
        test($(Button.class).id("claim-submit")).click();

        var saved = research.details(claim.id()).orElseThrow();
        assertThat(saved.status()).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(saved.rationale()).isEqualTo("Per INSEE, unemployment fell.");
        assertThat(saved.ratingId()).isEqualTo(rating.getValue().id());
        assertThat(saved.submittedBy()).isEqualTo("checker");
    }

    @Test
    void a_submission_refused_keeps_the_verdict_on_screen_and_marks_what_is_missing() {
        SignedIn.as(users, "checker");
        open();
        test($(Button.class).id("claim-take")).click();
        entities.flush();
        open();
        test($(TextArea.class).id("verdict-rationale")).setValue("Per INSEE.");

        test($(Button.class).id("claim-submit")).click();

        TextArea rationale = $(TextArea.class).id("verdict-rationale");
        assertThat(rationale.getValue()).isEqualTo("Per INSEE.");
        @SuppressWarnings("unchecked")
        Select<RatingItem> rating = $(Select.class).id("verdict-rating");
        assertThat(rating.isInvalid()).as("the missing rating is marked").isTrue();
        assertThat(claims.find(claim.id()).orElseThrow().status()).isEqualTo(ClaimStatus.IN_RESEARCH);
    }

    @Test
    void an_error_stays_until_an_action_succeeds_and_a_save_says_so_briefly() {
        SignedIn.as(users, "checker");
        open();
        test($(Button.class).id("claim-take")).click();
        entities.flush();
        open();
        test($(Button.class).id("claim-submit")).click();
        com.vaadin.flow.component.notification.Notification error =
                $(com.vaadin.flow.component.notification.Notification.class).last();
        assertThat(error.isOpened()).isTrue();
        assertThat(error.getDuration()).as("stays until dismissed").isZero();

        test($(TextArea.class).id("verdict-rationale")).setValue("Per INSEE.");
        test($(Button.class).id("verdict-save")).click();

        assertThat(error.isOpened()).as("the old error went once the save succeeded").isFalse();
        com.vaadin.flow.component.notification.Notification saved =
                $(com.vaadin.flow.component.notification.Notification.class).last();
        assertThat(saved.getElement().getProperty("text")).isEqualTo("Verdict saved");
        assertThat(saved.getDuration()).isPositive();
    }

    @Test
    void the_evidence_comes_before_submit_and_submit_before_the_workflow_buttons() {
        SignedIn.as(users, "checker");
        open();
        test($(Button.class).id("claim-take")).click();

        List<String> order = new ArrayList<>();
        collectIds($(ClaimView.class).single().getElement(), order);
        List<String> landmarks = order.stream().filter(List.of("verdict-section", "sources-panel", "claim-submit",
                "workflow-section")::contains).toList();
        assertThat(landmarks).containsExactly("verdict-section", "sources-panel", "claim-submit", "workflow-section");
    }

    private static void collectIds(com.vaadin.flow.dom.Element element, List<String> ids) {
        String id = element.getAttribute("id");
        if (id != null) {
            ids.add(id);
        }
        element.getChildren().forEach(child -> collectIds(child, ids));
    }

    @Test
    void a_candidate_nobody_selected_cannot_be_researched_yet_even_by_an_editor() {
        long article = articles.list("Le dirigeant russe", PageRequest.of(0, 1)).getFirst().id();
        ClaimRow candidate = claims.list(article, PageRequest.of(0, 2)).getLast();
        navigate("claims/" + candidate.id(), ClaimView.class);

        assertThat($(Button.class).withId("verdict-save").exists()).isFalse();
        assertThat($(Button.class).withId("claim-take").exists()).isFalse();
        assertThat(readOnlyField("verdict-rationale").tagName()).isEqualTo("vaadin-text-area");
        assertThat(PageText.byId($(ClaimView.class).single(), "claim-page-history").orElseThrow()
                .select("p").text()).isEqualTo("No change yet: the claim is as the extractor found it.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999", "abc", "0"})
    void an_unknown_or_malformed_claim_id_shows_the_not_found_page(String id) {
        UI.getCurrent().navigate("claims/" + id);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
