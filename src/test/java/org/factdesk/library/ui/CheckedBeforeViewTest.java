package org.factdesk.library.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import org.factdesk.PageText;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ResearchService;
import org.factdesk.claim.SignedIn;
import org.factdesk.source.SourceService;
import org.factdesk.library.LibraryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * An editor imports another fact-checker's ClaimReview file on the library screen, accepts a claim of a new article,
 * sees the earlier verdict under "Checked before" on the claim's page and marks it "Same claim", in English and in
 * French. Commits, like the app (the index follows commits), in the library tests' own Spring context.
 */
@SpringBootTest(properties = "factdesk.test.context=library")
@ExtendWith(SignedIn.class)
@ViewPackages(packages = "org.factdesk")
@WithUserDetails("editor")
class CheckedBeforeViewTest extends SpringBrowserlessTest {

    static final String REVIEWS = """
            {"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [
             {"@type": "DataFeedItem", "item": [{"@type": "ClaimReview",
              "url": "https://factuel.example.org/eoliennes-oiseaux",
              "claimReviewed": "Les éoliennes tuent des milliers d'oiseaux chaque année <script>alert(1)</script>",
              "reviewRating": {"@type": "Rating", "alternateName": "Plutôt faux"},
              "author": {"@type": "Organization", "name": "AFP Factuel"}, "datePublished": "2024-03-05"}]},
             {"@type": "DataFeedItem", "item": {"@type": "ClaimReview", "url": "https://factuel.example.org/dette",
              "claimReviewed": "La dette publique dépasse 3 000 milliards d'euros",
              "reviewRating": {"@type": "Rating", "alternateName": "Vrai"},
              "author": {"@type": "Organization", "name": "Les Surligneurs"}}}]}""";

    @Autowired
    LibraryService library;

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    ResearchService research;

    @Autowired
    SourceService sources;

    @Autowired
    JdbcTemplate jdbc;

    private long article;

    @AfterEach
    void remove_what_the_test_made() {
        jdbc.update("delete from claim_match");
        jdbc.update("delete from source where claim_id in (select id from claim where article_id = ?)", article);
        jdbc.update("delete from activity where article_id = ?", article);
        jdbc.update("delete from claim where article_id = ?", article);
        jdbc.update("delete from article_revision where article_id = ?", article);
        jdbc.update("delete from article where id = ?", article);
        jdbc.update("delete from fact_check_import");
        jdbc.update("delete from fact_check_feed");
    }

    private void importOnTheScreen() throws Exception {
        navigate(LibraryView.class);
        LibraryView view = (LibraryView) getCurrentView();
        view.receive("afp.json", REVIEWS.getBytes(StandardCharsets.UTF_8));
        long id = library.recentImports().getFirst().id();
        waitFor(id);
        view.refresh();
    }

    private void waitFor(long id) throws Exception {
        Object imports = org.springframework.test.util.AopTestUtils.getTargetObject(importsBean());
        org.springframework.test.util.ReflectionTestUtils.invokeMethod(imports, "await", id);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    private Object importsBean() {
        return context.getBean("libraryImports");
    }

    private long acceptedClaim() {
        article = articles.importArticle(new ArticleData("Parc éolien",
                "Le maire affirme qu'une eolienne tue chaque année des oiseaux par milliers.", null, null, null, null,
                "fr"));
        var row = claims.list(article, PageRequest.of(0, 5)).getFirst();
        claims.select(row.id(), row.version());
        return row.id();
    }

    /**
     * Clicks a card's button as a browser does: the button is an element of the card's markup, and the panel hears the
     * click with the button's data attributes.
     */
    private void click(String id) {
        org.jsoup.nodes.Element button = PageText.byId(section(), id).orElseThrow();
        assertThat(button.tagName()).isEqualTo("vaadin-button");
        CheckedBeforePanel panel = (CheckedBeforePanel) section();
        ComponentUtil.fireEvent(panel, new CheckedBeforePanel.Decide(panel, true, button.attr("data-decision"),
                Integer.parseInt(button.attr("data-card"))));
    }

    private Div section() {
        return $(Div.class).id("checked-before");
    }

    @Test
    void an_imported_verdict_shows_under_checked_before_and_is_marked_same_claim() throws Exception {
        importOnTheScreen();
        assertThat($(Span.class).id("library-status").getText())
                .isEqualTo("Import of afp.json done: 2 added, 0 updated, 0 skipped");

        long claimId = acceptedClaim();
        UI.getCurrent().navigate("claims/" + claimId);

        Div section = $(Div.class).id("checked-before");
        assertThat($(H3.class, section).first().getText()).isEqualTo("Checked before");
        org.jsoup.nodes.Element drawn = PageText.byId(section, "checked-before-0").orElseThrow();
        assertThat(drawn.selectFirst("span.checked-before-verdict").text()).isEqualTo("Plutôt faux");
        assertThat(drawn.wholeText()).contains("AFP Factuel")
                .contains("<script>alert(1)</script>").contains("Matched words:").contains("eolienne");
        assertThat(drawn.wholeText()).containsPattern("Similarity \\d+ %");
        assertThat(drawn.select("vaadin-button")).extracting(org.jsoup.nodes.Element::text)
                .containsExactly("Same claim", "Not the same");
        assertThat(drawn.select("script")).as("the library's text is text, not markup").isEmpty();
        assertThat(drawn.selectFirst("a[target=_blank][rel='noopener noreferrer']").attr("href"))
                .isEqualTo("https://factuel.example.org/eoliennes-oiseaux");

        click("checked-before-mark-same-0");

        assertThat(PageText.byId(section(), "checked-before-same-0").orElseThrow().text()).isEqualTo("Same claim");
        assertThat(sources.list(claimId)).extracting(source -> source.url())
                .containsExactly("https://factuel.example.org/eoliennes-oiseaux");
    }

    @Test
    void after_the_library_changed_the_older_matches_show_at_once_and_the_new_one_joins_them_when_ranked()
            throws Exception {
        importOnTheScreen();
        long claimId = acceptedClaim();
        UI.getCurrent().navigate("claims/" + claimId);
        assertThat(PageText.of(section())).doesNotContain("Le Monde Décodeurs");
        // Another desk's verdict on the same claim arrives: the library changes, the claim's ranking is older.
        library.importClaimReviews("more.json", """
                [{"@type": "ClaimReview", "url": "https://decodeurs.example.org/eoliennes",
                  "claimReviewed": "Une éolienne tue chaque année des oiseaux par milliers",
                  "reviewRating": {"@type": "Rating", "alternateName": "Exagéré"},
                  "author": {"@type": "Organization", "name": "Le Monde Décodeurs"}}]""".getBytes(StandardCharsets.UTF_8));
        waitFor(library.recentImports().getFirst().id());
        // The matching's background thread held busy, so that what the page shows at once can be seen.
        java.util.concurrent.CountDownLatch busy = new java.util.concurrent.CountDownLatch(1);
        Object claimMatches = org.springframework.test.util.AopTestUtils.getTargetObject(
                context.getBean("claimMatches"));
        ((java.util.concurrent.ExecutorService) org.springframework.test.util.ReflectionTestUtils.getField(
                claimMatches, "background")).submit(() -> {
                    busy.await();
                    return null;
                });

        try {
            UI.getCurrent().navigate("claims/" + claimId);

            assertThat(PageText.of(section())).as("the older ranking, at once").contains("AFP Factuel")
                    .doesNotContain("Le Monde Décodeurs");
        } finally {
            busy.countDown();
        }
        org.factdesk.claim.Live.await(() -> roundTrip(), () -> PageText.of(section()).contains("Le Monde Décodeurs"),
                "the new fact-check once the claim is ranked again");
    }

    @Test
    void the_upload_and_the_token_field_speak_french_on_a_french_page_and_a_refused_file_says_why() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(LibraryView.class);
        Upload upload = $(Upload.class).id("library-upload");

        UploadI18N i18n = upload.getI18n();
        assertThat(i18n.getAddFiles().getOne()).isEqualTo("Choisir un fichier…");
        assertThat(i18n.getDropFiles().getOne()).isEqualTo("Déposez un fichier ici");
        assertThat(i18n.getError().getFileIsTooBig()).isEqualTo("Le fichier dépasse 20 Mo.");
        assertThat(i18n.getError().getIncorrectFileType()).startsWith("Choisissez un fichier JSON-LD ou CSV");
        assertThat(i18n.getUploading().getStatus().getConnecting()).isEqualTo("Connexion…");
        assertThat(i18n.getFile().getRemove()).isEqualTo("Retirer");

        assertThat($(PasswordField.class).id("library-feed-token").getElement().getPropertyRaw("i18n"))
                .as("the name of the button that shows the token").asString().contains("Afficher le mot de passe");

        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "File is Too Big", "flux.pdf"));
        assertThat($(Span.class).id("library-message").getText()).startsWith("Ce fichier n’a pas été importé");
    }

    @Test
    void in_french_too() throws Exception {
        UI.getCurrent().setLocale(Locale.FRENCH);
        importOnTheScreen();
        assertThat($(Span.class).id("library-status").getText())
                .startsWith("Import de afp.json terminé");

        long claimId = acceptedClaim();
        UI.getCurrent().navigate("claims/" + claimId);

        assertThat($(H3.class, $(Div.class).id("checked-before")).first().getText()).isEqualTo("Déjà vérifié");
        CheckedBeforePanel panel = (CheckedBeforePanel) section();
        ComponentUtil.fireEvent(panel, new CheckedBeforePanel.Decide(panel, true, "same", 7));
        ComponentUtil.fireEvent(panel, new CheckedBeforePanel.Decide(panel, true, "<script>", 0));
        assertThat(library.decisionCounts()).as("a forged card or decision changes nothing").isEmpty();
        click("checked-before-not-same-0");

        assertThat(PageText.of(section()))
                .as("hidden for this claim").doesNotContain("tuent des milliers");
        assertThat(library.decisionCounts()).containsEntry(org.factdesk.library.MatchDecision.NOT_SAME, 1L);
    }
}
