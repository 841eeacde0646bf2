package org.factdesk.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.factdesk.base.RefusedException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads an uploaded or seeded article file: plain text and Markdown (first line the title, the rest the body) or HTML
 * (reduced to its text, paragraph breaks kept). Refuses what is too large, binary or of another type.
 */
final class ArticleFileReader {

    static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private ArticleFileReader() {
    }

    static ImportedText read(String fileName, byte[] content) {
        String extension = extension(fileName);
        if (!EXTENSIONS.contains(extension)) {
            throw refused("article.error.file-type");
        }
        if (content.length > ArticleData.MAX_TEXT_BYTES) {
            throw refused("article.error.file-too-large");
        }
        if (looksBinary(content)) {
            throw refused("article.error.file-binary");
        }
        ImportedText text = extension.startsWith("htm") ? HtmlText.read(content) : plainText(decode(content),
                extension.startsWith("m"));
        if (text.title().isBlank() || text.body().isBlank()) {
            throw refused("article.error.file-empty");
        }
        return text;
    }

    /** First non-blank line is the title, the rest the body; Markdown heading marks are dropped. */
    static ImportedText plainText(String text, boolean markdown) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (markdown) {
            normalised = normalised.replaceAll("(?m)^#{1,6}\\s+", "");
        }
        int firstBreak = normalised.indexOf('\n');
        if (firstBreak < 0) {
            return new ImportedText(normalised, "");
        }
        return new ImportedText(normalised.substring(0, firstBreak).strip(), normalised.substring(firstBreak + 1).strip());
    }

    private static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
                && (content[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            // Older newsroom systems still export Windows-1252; binary files were refused before this point.
            return new String(content, start, content.length - start, WINDOWS_1252);
        }
    }

    /** NUL bytes, or more than 1 % control characters other than tab, line breaks and form feed. */
    private static boolean looksBinary(byte[] content) {
        int controls = 0;
        for (byte b : content) {
            if (b == 0) {
                return true;
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        return controls > content.length / 100;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static RefusedException refused(String key) {
        return new RefusedException("file", key, ArticleData.MAX_TEXT_BYTES / (1024 * 1024));
    }

    /** HTML to text with jsoup: the title from {@code <title>} or the first heading, paragraphs from block elements. */
    private static final class HtmlText {
        private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, form";

        static ImportedText read(byte[] content) {
            Document document = Jsoup.parse(new String(content, detectCharset(content)));
            document.select(DROPPED).remove();
            String title = document.title().strip();
            var firstHeading = document.body().selectFirst("h1, h2");
            if (title.isEmpty() && firstHeading != null) {
                title = firstHeading.text().strip();
            }
            if (firstHeading != null && firstHeading.text().strip().equals(title)) {
                firstHeading.remove();
            }
            StringBuilder body = new StringBuilder();
            document.body().select("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, dt").forEach(block -> {
                if (block.children().select("p, li, blockquote, pre").isEmpty()) {
                    String line = block.wholeText().replaceAll("\\s+", " ").strip();
                    if (!line.isEmpty()) {
                        body.append(line).append("\n\n");
                    }
                }
            });
            if (body.isEmpty()) {
                body.append(document.body().text().strip());
            }
            return new ImportedText(title, body.toString().strip());
        }

        private static Charset detectCharset(byte[] content) {
            try {
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content));
                return StandardCharsets.UTF_8;
            } catch (CharacterCodingException e) {
                return WINDOWS_1252;
            }
        }
    }
}
