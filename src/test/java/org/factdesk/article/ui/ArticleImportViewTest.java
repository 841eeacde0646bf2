package org.factdesk.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.combobox.ComboBoxBase.CustomValueSetEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.factdesk.article.ArticleDetails;
import org.factdesk.article.ArticleService;
import org.factdesk.base.ui.AccessDeniedView;
import org.factdesk.base.ui.LanguageField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@ViewPackages(packages = "org.factdesk")
@WithMockUser(username = "editor", roles = "EDITOR")
class ArticleImportViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;

    private TextField title() {
        return $(TextField.class).id("article-title");
    }

    private TextArea body() {
        return $(TextArea.class).id("article-body");
    }

    private TextField outlet() {
        return $(TextField.class).id("article-outlet");
    }

    private TextField url() {
        return $(TextField.class).id("article-url");
    }

    private LanguageField language() {
        return $(LanguageField.class).id("article-language");
    }

    private void save() {
        test($(Button.class).id("article-save")).click();
    }

    private void upload(String fileName, String mimeType, byte[] content) {
        test($(Upload.class).id("article-upload")).upload(fileName, mimeType, content);
    }

    private String uploadMessage() {
        return $(Span.class).id("article-upload-message").getText();
    }

    @Test
    void the_language_starts_empty_to_be_detected_from_the_text() {
        navigate(ArticleImportView.class);

        assertThat(language().getValue()).isNull();
        assertThat(language().getPlaceholder()).isEqualTo("Detect automatically");
        assertThat(title().getLabel()).isEqualTo("Title");
        assertThat(title().getMaxLength()).isEqualTo(500);
        assertThat(body().getMaxLength()).as("a large paste is refused, never cut").isNotPositive();
    }

    @Test
    void an_editor_fills_the_form_and_lands_on_the_imported_article() {
        navigate(ArticleImportView.class);
        test(title()).setValue("Putin visits Baku");
        test(body()).setValue("First paragraph.\nSecond paragraph.");
        test(outlet()).setValue("Le Monde");
        test(url()).setValue("https://www.lemonde.fr/article");
        test($(TextField.class).id("article-byline")).setValue("Jane Doe");
        test($(DatePicker.class).id("article-published-on")).setValue(LocalDate.of(2024, 3, 1));

        save();

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ArticleWorkspaceView");
        long id = Long.parseLong(UI.getCurrent().getActiveViewLocation().getPath().replace("articles/", ""));
        ArticleDetails stored = articles.find(id).orElseThrow();
        assertThat(stored.body()).isEqualTo("First paragraph.\nSecond paragraph.");
        assertThat(stored.outlet()).isEqualTo("Le Monde");
        assertThat(stored.url()).isEqualTo("https://www.lemonde.fr/article");
        assertThat(stored.byline()).isEqualTo("Jane Doe");
        assertThat(stored.publishedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(stored.language()).as("detected from the English text").isEqualTo("en");
        assertThat(stored.importedBy()).isEqualTo("editor");
    }

    @Test
    void an_empty_title_and_body_mark_both_fields_and_clear_nothing() {
        navigate(ArticleImportView.class);
        test(outlet()).setValue("Le Monde");
        test(url()).setValue("https://www.lemonde.fr/article");
        long before = articles.count("");

        save();

        assertThat(getCurrentView()).isInstanceOf(ArticleImportView.class);
        assertThat(title().isInvalid()).isTrue();
        assertThat(title().getErrorMessage()).isEqualTo("Required");
        assertThat(body().isInvalid()).isTrue();
        assertThat(body().getErrorMessage()).isEqualTo("Required");
        assertThat(url().isInvalid()).isFalse();
        assertThat(outlet().getValue()).isEqualTo("Le Monde");
        assertThat(url().getValue()).isEqualTo("https://www.lemonde.fr/article");
        assertThat(articles.count("")).isEqualTo(before);
    }

    @Test
    void a_pasted_control_character_marks_its_field_with_a_message_and_nothing_is_saved() {
        navigate(ArticleImportView.class);
        test(title()).setValue("Budget\u0000 2026");
        test(body()).setValue("Le budget augmente de 3 %.");
        long before = articles.count("");

        save();

        assertThat(title().isInvalid()).isTrue();
        assertThat(title().getErrorMessage()).startsWith("Contains invisible control characters (such as NUL)");
        assertThat(body().isInvalid()).isFalse();
        assertThat(articles.count("")).isEqualTo(before);
    }

    @Test
    void a_file_with_a_stray_control_character_is_refused_with_a_message() {
        navigate(ArticleImportView.class);

        upload("article.txt", "text/plain", ("Titre\n" + "Un texte ordinaire. ".repeat(20) + "Une cloche\u0007.")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(uploadMessage()).startsWith("This file holds invisible control characters");
        assertThat(title().getValue()).isEmpty();
    }

    @Test
    void a_javascript_url_marks_the_url_field_and_keeps_the_text() {
        navigate(ArticleImportView.class);
        test(title()).setValue("Title");
        test(body()).setValue("Body");
        test(url()).setValue("javascript:alert(1)");

        save();

        assertThat(getCurrentView()).isInstanceOf(ArticleImportView.class);
        assertThat(url().isInvalid()).isTrue();
        assertThat(url().getErrorMessage()).isEqualTo("Enter a web address starting with http:// or https://");
        assertThat(title().isInvalid()).isFalse();
        assertThat(title().getValue()).isEqualTo("Title");
        assertThat(body().getValue()).isEqualTo("Body");
        assertThat(url().getValue()).isEqualTo("javascript:alert(1)");
    }

    @Test
    void fixing_the_marked_field_and_saving_again_imports_the_article() {
        navigate(ArticleImportView.class);
        test(title()).setValue("Title");
        test(body()).setValue("Body");
        test(url()).setValue("javascript:alert(1)");
        save();

        test(url()).setValue("https://example.org/a");
        save();

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ArticleWorkspaceView");
    }

    @Test
    void a_body_over_two_megabytes_is_refused_with_a_message_and_kept_whole() {
        navigate(ArticleImportView.class);
        String huge = "a".repeat(3 * 1024 * 1024);
        test(title()).setValue("Title");
        test(body()).setValue(huge);

        save();

        assertThat(body().isInvalid()).isTrue();
        assertThat(body().getErrorMessage()).startsWith("The text is larger than 2 MB");
        assertThat(body().getValue()).hasSize(huge.length());
    }

    @Test
    void a_language_code_typed_by_hand_is_normalised_and_an_unknown_one_is_refused_on_the_field() {
        navigate(ArticleImportView.class);
        test(title()).setValue("Title");
        test(body()).setValue("Body");
        ComponentUtil.fireEvent(language(), new CustomValueSetEvent<>(language(), true, " XX "));
        assertThat(language().getValue()).isEqualTo("xx");

        save();

        assertThat(language().isInvalid()).isTrue();
        assertThat(language().getErrorMessage()).startsWith("Enter a two-letter ISO 639-1 language code");
    }

    @Test
    void a_cleared_language_is_detected_from_the_text() {
        navigate(ArticleImportView.class);
        test(title()).setValue("The unemployment rate fell last year");
        test(body()).setValue("The statistics office said on Monday that the unemployment rate fell to 7.1 percent.");
        test(language()).selectItem("French (fr)");
        language().clear();

        save();

        long id = Long.parseLong(UI.getCurrent().getActiveViewLocation().getPath().replace("articles/", ""));
        assertThat(articles.find(id).orElseThrow().language()).isEqualTo("en");
    }

    @Test
    void a_binary_file_renamed_txt_is_refused_with_a_message_and_the_form_keeps_its_values() {
        navigate(ArticleImportView.class);
        test(title()).setValue("My title");
        test(body()).setValue("My text");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

        upload("photo.txt", "text/plain", png);

        assertThat(uploadMessage()).startsWith("This file is not text");
        assertThat($(Span.class).id("article-upload-message").hasClassName("fd-error")).isTrue();
        assertThat(title().getValue()).isEqualTo("My title");
        assertThat(body().getValue()).isEqualTo("My text");
    }

    @Test
    void an_html_file_fills_the_title_and_the_body() {
        navigate(ArticleImportView.class);
        byte[] html = """
                <html><head><title>Election in Baku</title><script>alert(1)</script></head>
                <body><p>First paragraph.</p><p>Second paragraph.</p></body></html>"""
                .getBytes(StandardCharsets.UTF_8);

        upload("article.html", "text/html", html);

        assertThat(title().getValue()).isEqualTo("Election in Baku");
        assertThat(body().getValue()).isEqualTo("First paragraph.\n\nSecond paragraph.");
        assertThat(uploadMessage()).isEqualTo("article.html was read: check the title and text, then import.");
        assertThat($(Span.class).id("article-upload-message").hasClassName("fd-error")).isFalse();
    }

    @Test
    void a_pdf_is_refused_with_a_message() {
        navigate(ArticleImportView.class);

        upload("report.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));

        assertThat(uploadMessage()).isEqualTo("Only .txt, .md and .html files can be imported");
        assertThat(title().getValue()).isEmpty();
    }

    @Test
    void a_file_whose_text_would_exceed_two_megabytes_is_refused_with_a_message_and_nothing_is_filled_in() {
        navigate(ArticleImportView.class);
        byte[] euros = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(euros, (byte) 0x80);
        euros[3] = '\n';

        upload("euros.txt", "text/plain", euros);

        assertThat(uploadMessage()).isEqualTo(
                "The text of this file is larger than 2 MB. Split the article or shorten it; nothing was cut.");
        assertThat(body().getValue()).isEmpty();
    }

    @Test
    void an_empty_file_is_refused_with_a_message() {
        navigate(ArticleImportView.class);

        upload("empty.txt", "text/plain", new byte[0]);

        assertThat(uploadMessage()).isEqualTo("The file has no title and text to import");
    }

    @Test
    @WithMockUser(username = "checker", roles = "CHECKER")
    void a_checker_cannot_open_the_import_page() {
        UI.getCurrent().navigate("articles/import");

        assertThat(getCurrentView()).as("denied with a page that says who may open it")
                .isInstanceOf(AccessDeniedView.class);
        assertThat($(TextField.class).withId("article-title").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_cannot_open_the_import_page() {
        UI.getCurrent().navigate("articles/import");

        assertThat(getCurrentView()).as("denied with a page that says who may open it")
                .isInstanceOf(AccessDeniedView.class);
        assertThat($(TextField.class).withId("article-title").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_cannot_open_the_import_page() {
        UI.getCurrent().navigate("articles/import");

        assertThat(getCurrentView()).as("denied with a page that says who may open it")
                .isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void an_address_the_server_may_not_fetch_says_why_by_the_field_and_keeps_everything_typed() {
        navigate(ArticleImportView.class);
        test(title()).setValue("My own title");
        TextField address = $(TextField.class).id("article-web-url");
        test(address).setValue("http://127.0.0.1:9/article");

        test($(Button.class).id("article-web-fetch")).click();

        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage())
                .isEqualTo("This address leads into a private or local network, which FactDesk does not fetch");
        assertThat(address.getValue()).isEqualTo("http://127.0.0.1:9/article");
        assertThat(title().getValue()).isEqualTo("My own title");
    }

    @Test
    void a_typing_error_in_the_address_is_refused_before_any_fetch() {
        navigate(ArticleImportView.class);
        TextField address = $(TextField.class).id("article-web-url");
        test(address).setValue("lemonde.fr/article");

        test($(Button.class).id("article-web-fetch")).click();

        assertThat(address.getErrorMessage()).isEqualTo("Enter a web address that starts with http:// or https://");
        assertThat(address.getValue()).isEqualTo("lemonde.fr/article");
    }

    @Test
    void leaving_a_filled_form_asks_first_and_stays_when_the_editor_says_stay() {
        navigate(ArticleImportView.class);
        test(title()).setValue("Half-typed title");

        UI.getCurrent().navigate("articles");

        assertThat(getCurrentView()).isInstanceOf(ArticleImportView.class);
        ConfirmDialog confirm = $(ConfirmDialog.class).id("import-leave-dialog");
        assertThat(confirm.isOpened()).isTrue();
        assertThat(title().getValue()).isEqualTo("Half-typed title");
    }

    @Test
    void leaving_a_filled_form_goes_once_the_editor_confirms() {
        navigate(ArticleImportView.class);
        test(body()).setValue("Pasted text.");
        UI.getCurrent().navigate("articles");

        ConfirmDialog confirm = $(ConfirmDialog.class).id("import-leave-dialog");
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ArticleListView");
    }

    @Test
    void leaving_an_empty_form_asks_nothing() {
        navigate(ArticleImportView.class);

        UI.getCurrent().navigate("articles");

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ArticleListView");
        assertThat($(ConfirmDialog.class).exists()).isFalse();
    }

    @Test
    void a_long_article_shows_extracting_claims_while_it_is_imported() {
        navigate(ArticleImportView.class);
        HorizontalLayout progress = ((ArticleImportView) getCurrentView()).progress;
        assertThat(progress.isVisible()).isFalse();
        test(title()).setValue("A long article");
        test(body()).setValue("The council approved a budget of 412 million euros. ".repeat(100));

        save();

        assertThat(progress.isVisible()).as("shown before the import runs in the next round trip").isTrue();
        assertThat(progress.getElement().getTextRecursively()).isEqualTo("Extracting claims…");
        assertThat(progress.getElement().getAttribute("role")).isEqualTo("status");
    }

    @Test
    void the_import_button_sits_in_the_bar_that_stays_on_screen() {
        navigate(ArticleImportView.class);

        HorizontalLayout actions = $(HorizontalLayout.class).id("article-import-actions");
        assertThat(actions.getClassNames()).contains("fd-sticky-actions");
        assertThat($(Button.class).id("article-save").getParent()).contains(actions);
    }
}
