package org.factdesk.source.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManager;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.factdesk.PageText;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.SignedIn;
import org.factdesk.source.Reliability;
import org.factdesk.source.SourceData;
import org.factdesk.source.SourceFileItem;
import org.factdesk.source.SourceFileService;
import org.factdesk.source.SourceKind;
import org.factdesk.source.SourceService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The source dialog and list for sources without an address and with attached files (decision 021), and the
 * archive status that never calls a failure fetched (issue 12, item 18). Uploads are handed to the dialog as the
 * upload handler hands them: a name and a temporary file.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
class SourceDialogTest extends SpringBrowserlessTest {

    @Autowired
    SourceService sources;
    @Autowired
    SourceFileService files;
    @Autowired
    ClaimService claims;
    @Autowired
    ArticleService articles;
    @Autowired
    EntityManager entityManager;

    /** The text of the drawn element of that id in the sources panel. */
    private String drawn(String id) {
        return PageText.byId($(SourcesPanel.class).single(), id).orElseThrow().text();
    }

    @Test
    @WithUserDetails("editor")
    void an_interview_is_added_without_an_address_with_a_screenshot_and_a_refused_program_loses_nothing_typed()
            throws IOException {
        long claim = claimToCheck();
        show(claim);
        test($(Button.class).id("source-add")).click();
        test(kindSelect()).selectItem("Interview");
        test($(TextField.class).id("source-title")).setValue("Entretien avec la directrice");
        SourceDialog dialog = (SourceDialog) $(Dialog.class).id("source-dialog");

        dialog.received("capture <img src=x onerror=alert(1)> écran.png", temp(png()));
        dialog.received("rapport.pdf", temp(windowsProgram()));

        assertThat($(Span.class).id("source-file-error").getText()).isEqualTo("“rapport.pdf” was not attached: "
                + "only PDF, PNG, JPEG, e-mail (.eml) and plain text files are accepted, as their content shows");
        assertThat($(TextField.class).id("source-title").getValue()).isEqualTo("Entretien avec la directrice");
        assertThat(dialog.pending).extracting(SourceDialog.Pending::name).containsExactly("capture <img src=x onerror=alert(1)> écran.png");
        test($(Button.class).id("source-save")).click();

        assertThat(sources.list(claim)).singleElement().satisfies(item -> {
            assertThat(item.url()).isNull();
            assertThat(item.kind()).isEqualTo(SourceKind.INTERVIEW);
            assertThat(item.files()).extracting(SourceFileItem::name, SourceFileItem::contentType)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("capture <img src=x onerror=alert(1)> écran.png", "image/png"));
        });
        SourceFileItem file = sources.list(claim).getFirst().files().getFirst();
        Anchor download = $(Anchor.class).id("source-file-" + file.id());
        assertThat(download.getText()).as("the name is text").isEqualTo("capture <img src=x onerror=alert(1)> écran.png");
        assertThat(download.getElement().getChildCount()).isEqualTo(1);
        assertThat(download.getElement().hasAttribute("download")).isTrue();
        assertThat($(Anchor.class).withText("Entretien avec la directrice").exists())
                .as("no link for a source without an address").isFalse();
        assertThat($(Button.class).withId("source-archive-" + file.sourceId()).exists()).isFalse();
    }

    @Test
    @WithUserDetails("editor")
    void a_news_report_without_an_address_is_marked_on_the_address_field() {
        long claim = claimToCheck();
        show(claim);
        test($(Button.class).id("source-add")).click();
        test(kindSelect()).selectItem("News report");
        test($(TextField.class).id("source-title")).setValue("Article du Monde");
        test($(Button.class).id("source-save")).click();

        TextField url = $(TextField.class).id("source-url");
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).startsWith("Give the address of this source");
        assertThat(sources.list(claim)).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void removing_an_attached_file_asks_first_and_goes_to_the_history() throws IOException {
        long claim = claimToCheck();
        long source = sources.add(claim, new SourceData(null, "Courriel du ministère", null, SourceKind.EMAIL, null,
                null, Reliability.HIGH, null));
        SourceFileItem file = files.attach(source, new org.factdesk.source.NewSourceFile("reponse.png",
                () -> new java.io.ByteArrayInputStream(png())));
        show(claim);

        test($(Button.class).id("source-file-remove-" + file.id())).click();
        test($(Button.class).id("source-file-remove-confirm")).click();

        assertThat(sources.list(claim).getFirst().files()).isEmpty();
        assertThat(claims.history(claim).getFirst().action()).isEqualTo("source.file-removed");
    }

    @Test
    @WithUserDetails("editor")
    void a_first_attempt_that_failed_is_never_called_fetched_in_either_language() {
        long claim = claimToCheck();
        long id = sources.add(claim, new SourceData("https://example.org/rapport", "Rapport", null,
                SourceKind.OTHER, null, null, Reliability.UNKNOWN, null));
        entityManager.flush();
        entityManager.createNativeQuery("""
                update source set archive_status = 'FAILED', archive_failed_at = timestamp with time zone
                       '2026-03-02 10:00:00+00', archive_failed_http_status = 503,
                       archive_failed_error = 'archive.error.http' where id = ?1""").setParameter(1, id)
                .executeUpdate();
        entityManager.clear();

        show(claim);
        String english = drawn("source-archive-status-" + id) + " " + drawn("source-archive-failure-" + id);
        UI.getCurrent().removeAll();
        UI.getCurrent().setLocale(Locale.FRENCH);
        show(claim);
        String french = drawn("source-archive-status-" + id) + " " + drawn("source-archive-failure-" + id);

        assertThat(english).startsWith("Archiving failed").contains("HTTP 503").doesNotContain("Fetched", "Archived");
        assertThat(french).startsWith("Échec de l’archivage").contains("HTTP 503")
                .doesNotContainIgnoringCase("récupérée").doesNotContain("Archivée");
    }

    @Test
    void a_file_name_goes_into_the_download_header_quoted_and_encoded() {
        assertThat(FileDownloadHandler.disposition("a\"b.pdf")).startsWith("attachment; filename=\"a\\\"b.pdf\";");
        assertThat(FileDownloadHandler.disposition("écran \\ 1.png")).isEqualTo(
                "attachment; filename=\"_cran \\\\ 1.png\"; filename*=UTF-8''%C3%A9cran%20%5C%201.png");
    }

    private void show(long claimId) {
        UI.getCurrent().add(new SourcesPanel(sources, files, claimId, true, () -> { }));
    }

    private long claimToCheck() {
        long article = articles.list("vise à renforcer les liens de Bakou", PageRequest.of(0, 10)).getFirst().id();
        ClaimRow row = claims.list(article, PageRequest.of(0, 1)).getFirst();
        claims.select(row.id(), row.version());
        return row.id();
    }

    @SuppressWarnings("unchecked")
    private Select<SourceKind> kindSelect() {
        return $(Select.class).id("source-kind");
    }

    private static File temp(byte[] content) throws IOException {
        File file = Files.createTempFile("factdesk-upload-", ".tmp").toFile();
        Files.write(file.toPath(), content);
        file.deleteOnExit();
        return file;
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static byte[] windowsProgram() {
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, program, 0x4e, stub.length);
        return program;
    }
}
