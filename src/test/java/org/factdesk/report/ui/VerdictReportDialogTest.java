package org.factdesk.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.SignedIn;
import org.factdesk.report.ArticleReportExports;
import org.factdesk.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "Verdict report" action on the article workspace: its dialog lists every format, includes claims in progress
 * unless unticked, downloads the chosen file through its link, speaks the user's language, and says so when the
 * article is gone. The link's handler is called as the browser would call it.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
class VerdictReportDialogTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    ArticleReportExports exports;

    private long article;

    private void openDialog(String title) {
        article = articles.importArticle(new ArticleData(title, "Le chômage a baissé de 0,3 point en 2023, selon "
                + "l'Insee.\n\nLe ministre a annoncé une hausse de 12 % des impôts en 2024.", null, null, null, null,
                "fr"));
        ClaimRow first = claims.list(article, PageRequest.of(0, 10)).getFirst();
        claims.select(first.id(), first.version());
        UI.getCurrent().navigate("articles/" + article);
        test($(Button.class).id("report-open")).click();
    }

    @Test
    @WithUserDetails("viewer")
    void every_reader_gets_the_dialog_with_pdf_and_html_and_claims_in_progress_left_out() {
        article = articles.list("", PageRequest.of(0, 1)).getFirst().id();
        UI.getCurrent().navigate("articles/" + article);
        test($(Button.class).id("report-open")).click();

        RadioButtonGroup<ReportFormat> format = formatGroup();
        assertThat(format.getListDataView().getItems()).contains(ReportFormat.PDF, ReportFormat.HTML);
        assertThat(format.getValue()).isEqualTo(ReportFormat.PDF);
        assertThat($(Checkbox.class).id("report-in-progress").getValue()).isFalse();
        assertThat($(Checkbox.class).id("report-in-progress").getHelperText()).contains("ClaimReview never");
        assertThat($(Anchor.class).id("report-download").getElement().hasAttribute("download")).isTrue();
    }

    @Test
    @WithUserDetails("editor")
    void the_link_downloads_the_chosen_format_with_the_articles_name() throws IOException {
        openDialog("Chômage & impôts : le bilan");

        MockHttpServletResponse pdf = download();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).contains("factdesk-chomage-impots-le-bilan-")
                .contains(".pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        test(formatGroup()).selectItem("Web page (HTML)");
        MockHttpServletResponse html = download();
        assertThat(html.getHeader("Content-Disposition")).contains(".html");
        String page = html.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Chômage &amp; impôts").contains("0 approved (claims in progress left out)");
    }

    @Test
    @WithUserDetails("editor")
    void a_french_user_gets_french_labels_and_a_french_report() throws IOException {
        UI.getCurrent().setLocale(Locale.FRENCH);
        openDialog("Chômage en France");

        assertThat($(Button.class).id("report-open").getText()).isEqualTo("Rapport de vérification");
        assertThat(formatGroup().getLabel()).isEqualTo("Format");
        assertThat($(Checkbox.class).id("report-in-progress").getLabel())
                .isEqualTo("Inclure les affirmations en cours");
        test(formatGroup()).selectItem("Page web (HTML)");
        test($(Checkbox.class).id("report-in-progress")).click();
        assertThat(download().getContentAsString(StandardCharsets.UTF_8))
                .contains("Rapport de vérification", "Affirmations vérifiées", "En cours");
    }

    @Test
    @WithUserDetails("editor")
    void an_article_gone_meanwhile_answers_not_found_and_says_so() throws IOException {
        openDialog("Un article bientôt disparu");
        $(VerdictReportDialog.class).single().close();
        // Articles cannot be deleted yet: a dialog for an id that no longer exists is the same situation.
        new VerdictReportDialog(exports, article + 1_000_000).open();

        MockHttpServletResponse response = download();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsByteArray()).isEmpty();
        roundTrip();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("This article no longer exists, so there is no report to download.");
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<ReportFormat> formatGroup() {
        return $(RadioButtonGroup.class).id("report-format");
    }

    /** Calls the link's handler the way the browser's request for its address would. */
    private MockHttpServletResponse download() throws IOException {
        Anchor link = $(Anchor.class).id("report-download");
        VaadinSession session = VaadinSession.getCurrent();
        URI uri = URI.create(link.getHref());
        StreamResourceRegistry.ElementStreamResource resource = session.getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, uri).orElseThrow();
        MockHttpServletResponse response = new MockHttpServletResponse();
        VaadinServletService service = (VaadinServletService) VaadinService.getCurrent();
        resource.getElementRequestHandler().handleRequest(
                new VaadinServletRequest(new MockHttpServletRequest(), service),
                new VaadinServletResponse(response, service), session, resource.getOwner());
        return response;
    }
}
