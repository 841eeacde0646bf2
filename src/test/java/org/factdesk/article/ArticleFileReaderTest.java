package org.factdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.factdesk.base.RefusedException;
import org.junit.jupiter.api.Test;

class ArticleFileReaderTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static RefusedException refusal(String fileName, byte[] content) {
        RefusedException refused = catchThrowableOfType(RefusedException.class,
                () -> ArticleFileReader.read(fileName, content));
        assertThat(refused).as("refusal of %s", fileName).isNotNull();
        assertThat(refused.field()).isEqualTo("file");
        return refused;
    }

    @Test
    void a_text_file_gives_its_first_line_as_title_and_the_rest_as_body() {
        ImportedText text = ArticleFileReader.read("article.txt",
                utf8("  The title  \r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n"));

        assertThat(text.title()).isEqualTo("The title");
        assertThat(text.body()).isEqualTo("First paragraph.\n\nSecond paragraph.");
    }

    @Test
    void leading_blank_lines_do_not_become_the_title() {
        ImportedText text = ArticleFileReader.read("article.txt", utf8("\n\n\nTitle\nBody"));

        assertThat(text.title()).isEqualTo("Title");
        assertThat(text.body()).isEqualTo("Body");
    }

    @Test
    void markdown_heading_marks_are_dropped() {
        ImportedText text = ArticleFileReader.read("article.md",
                utf8("# The title\n\nIntro paragraph.\n\n## A sub-heading\n\nMore text with a # inside."));

        assertThat(text.title()).isEqualTo("The title");
        assertThat(text.body()).isEqualTo("Intro paragraph.\n\nA sub-heading\n\nMore text with a # inside.");
    }

    @Test
    void the_markdown_extension_is_read_like_md() {
        ImportedText text = ArticleFileReader.read("ARTICLE.MARKDOWN", utf8("### Title\nBody"));

        assertThat(text.title()).isEqualTo("Title");
    }

    @Test
    void html_takes_the_title_element_and_keeps_paragraphs_separated_by_blank_lines() {
        ImportedText text = ArticleFileReader.read("page.html", utf8("""
                <html><head><title>Page title</title><style>p { color: red }</style></head>
                <body><p>First   paragraph.</p><p>Second <b>bold</b> paragraph.</p></body></html>"""));

        assertThat(text.title()).isEqualTo("Page title");
        assertThat(text.body()).isEqualTo("First paragraph.\n\nSecond bold paragraph.");
    }

    @Test
    void html_without_a_title_element_takes_the_first_heading_and_does_not_repeat_it_in_the_body() {
        ImportedText text = ArticleFileReader.read("page.htm", utf8("""
                <html><body><h1>Heading title</h1><p>Only paragraph.</p></body></html>"""));

        assertThat(text.title()).isEqualTo("Heading title");
        assertThat(text.body()).isEqualTo("Only paragraph.");
    }

    @Test
    void html_scripts_styles_and_navigation_are_dropped() {
        ImportedText text = ArticleFileReader.read("page.html", utf8("""
                <html><head><title>T</title><script>var secret = 'script text';</script></head>
                <body><nav>Menu entry</nav><style>.x{}</style><p>Kept.</p>
                <script>alert('inline script')</script><footer>Footer text</footer></body></html>"""));

        assertThat(text.body()).isEqualTo("Kept.")
                .doesNotContain("script text", "inline script", "Menu entry", "Footer text", ".x{}");
    }

    @Test
    void html_list_items_become_paragraphs_without_duplicating_nested_blocks() {
        ImportedText text = ArticleFileReader.read("page.html", utf8("""
                <html><head><title>T</title></head><body><ul><li>One</li><li><p>Two</p></li></ul></body></html>"""));

        assertThat(text.body()).isEqualTo("One\n\nTwo");
    }

    @Test
    void a_utf8_byte_order_mark_is_not_part_of_the_title() {
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("Café title\nBody é"));

        ImportedText text = ArticleFileReader.read("article.txt", withBom);

        assertThat(text.title()).isEqualTo("Café title");
        assertThat(text.body()).isEqualTo("Body é");
    }

    @Test
    void a_windows_1252_file_is_decoded_as_windows_1252() {
        byte[] cp1252 = "Élection à Bakou\nLe président a déclaré « oui » – 20 €".getBytes(Charset.forName("windows-1252"));

        ImportedText text = ArticleFileReader.read("article.txt", cp1252);

        assertThat(text.title()).isEqualTo("Élection à Bakou");
        assertThat(text.body()).isEqualTo("Le président a déclaré « oui » – 20 €");
    }

    @Test
    void a_windows_1252_html_file_is_decoded_as_windows_1252() {
        byte[] cp1252 = "<title>Déclaration</title><p>Élu à 58 %</p>".getBytes(Charset.forName("windows-1252"));

        ImportedText text = ArticleFileReader.read("page.html", cp1252);

        assertThat(text.title()).isEqualTo("Déclaration");
        assertThat(text.body()).isEqualTo("Élu à 58 %");
    }

    @Test
    void a_png_renamed_to_txt_is_refused_as_binary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

        assertThat(refusal("photo.txt", png).key()).isEqualTo("article.error.file-binary");
    }

    @Test
    void text_with_a_single_nul_byte_is_refused_as_binary() {
        byte[] content = concat(utf8("Title\nA perfectly normal body"), new byte[] {0}, utf8(" and more"));

        assertThat(refusal("article.md", content).key()).isEqualTo("article.error.file-binary");
    }

    @Test
    void text_full_of_control_characters_is_refused_as_binary() {
        byte[] content = new byte[200];
        Arrays.fill(content, (byte) 'a');
        content[10] = 0x01;
        content[20] = 0x02;
        content[30] = 0x1B;

        assertThat(refusal("article.txt", content).key()).isEqualTo("article.error.file-binary");
    }

    @Test
    void tabs_and_form_feeds_do_not_make_a_text_binary() {
        ImportedText text = ArticleFileReader.read("article.txt", utf8("Title\n\tIndented body\f"));

        assertThat(text.body()).isEqualTo("Indented body");
    }

    @Test
    void a_file_over_two_megabytes_is_refused_with_the_limit() {
        byte[] content = new byte[ArticleData.MAX_TEXT_BYTES + 1];
        Arrays.fill(content, (byte) 'a');

        RefusedException refused = refusal("huge.txt", content);

        assertThat(refused.key()).isEqualTo("article.error.file-too-large");
        assertThat(refused.params()).containsExactly(2);
    }

    @Test
    void a_file_of_exactly_two_megabytes_is_read() {
        byte[] content = new byte[ArticleData.MAX_TEXT_BYTES];
        Arrays.fill(content, (byte) 'a');
        content[5] = '\n';

        ImportedText text = ArticleFileReader.read("big.txt", content);

        assertThat(text.title()).isEqualTo("aaaaa");
        assertThat(text.body()).hasSize(ArticleData.MAX_TEXT_BYTES - 6);
    }

    @Test
    void a_pdf_is_refused_for_its_type() {
        assertThat(refusal("report.pdf", utf8("%PDF-1.7")).key()).isEqualTo("article.error.file-type");
    }

    @Test
    void a_file_without_extension_is_refused_for_its_type() {
        assertThat(refusal("README", utf8("Title\nBody")).key()).isEqualTo("article.error.file-type");
    }

    @Test
    void an_empty_file_is_refused_as_empty() {
        assertThat(refusal("empty.txt", new byte[0]).key()).isEqualTo("article.error.file-empty");
    }

    @Test
    void a_file_with_only_a_title_is_refused_as_empty() {
        assertThat(refusal("title-only.txt", utf8("Just a title\n\n  ")).key()).isEqualTo("article.error.file-empty");
    }

    @Test
    void an_html_file_without_text_is_refused_as_empty() {
        assertThat(refusal("blank.html", utf8("<html><body><script>x()</script></body></html>")).key())
                .isEqualTo("article.error.file-empty");
    }

    @Test
    void an_endless_upload_is_refused_after_reading_one_byte_past_the_limit() {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return 'a';
            }
        };

        RefusedException refused = catchThrowableOfType(RefusedException.class,
                () -> ArticleFileReader.read("endless.txt", endless));

        assertThat(refused.key()).isEqualTo("article.error.file-too-large");
        assertThat(served).hasValue(ArticleData.MAX_TEXT_BYTES + 1);
    }

    @Test
    void an_upload_of_another_type_is_refused_before_anything_is_read() {
        AtomicLong served = new AtomicLong();
        InputStream counted = new ByteArrayInputStream(utf8("%PDF-1.7")) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                served.incrementAndGet();
                return super.read(b, off, len);
            }
        };

        RefusedException refused = catchThrowableOfType(RefusedException.class,
                () -> ArticleFileReader.read("report.pdf", counted));

        assertThat(refused.key()).isEqualTo("article.error.file-type");
        assertThat(served).hasValue(0);
    }

    @Test
    void a_streamed_upload_within_the_limit_is_read_like_the_bytes() {
        ImportedText text = ArticleFileReader.read("article.txt", new ByteArrayInputStream(utf8("Title\nBody")));

        assertThat(text).isEqualTo(new ImportedText("Title", "Body"));
    }

    @Test
    void a_two_megabyte_bomb_of_nested_definition_lists_is_refused_as_too_deeply_nested() {
        byte[] bomb = nestedDefinitionLists(ArticleData.MAX_TEXT_BYTES);
        assertThat(bomb).hasSizeBetween(ArticleData.MAX_TEXT_BYTES - 20, ArticleData.MAX_TEXT_BYTES);

        RefusedException refused = refusal("bomb.html", bomb);

        assertThat(refused.key()).isEqualTo("article.error.file-too-nested");
        assertThat(refused.params()).containsExactly(HtmlArticleText.MAX_DEPTH);
    }

    @Test
    void nested_lists_give_each_text_once_instead_of_repeating_the_inner_levels() {
        ImportedText text = ArticleFileReader.read("page.html", utf8("""
                <title>T</title><dl><dt>One</dt><dd>a<dl><dd>b<dl><dd>c</dd></dl></dd></dl></dd></dl>"""));

        assertThat(text.body()).isEqualTo("One\n\na\n\nb\n\nc");
    }

    @Test
    void a_file_within_the_limit_whose_text_exceeds_it_is_refused_not_cut() {
        byte[] euros = new byte[ArticleData.MAX_TEXT_BYTES];
        Arrays.fill(euros, (byte) 0x80);
        euros[5] = '\n';

        RefusedException refused = refusal("euros.txt", euros);

        assertThat(refused.key()).isEqualTo("article.error.text-too-large");
        assertThat(refused.params()).containsExactly(2);
    }

    @Test
    void an_html_file_within_the_limit_whose_text_exceeds_it_is_refused_not_cut() {
        byte[] euros = new byte[ArticleData.MAX_TEXT_BYTES];
        Arrays.fill(euros, (byte) 0x80);
        byte[] start = "<title>T</title><p>".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, euros, 0, start.length);

        assertThat(refusal("euros.html", euros).key()).isEqualTo("article.error.text-too-large");
    }

    /** The shape of the file that once became a 300-million-character body: {@code <dl><dd>x} over and over. */
    private static byte[] nestedDefinitionLists(int size) {
        String unit = "<dl><dd>x ";
        return ("<html><body>" + unit.repeat((size - 12) / unit.length())).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
