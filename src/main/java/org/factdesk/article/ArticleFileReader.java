package org.factdesk.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.factdesk.base.ControlChars;
import org.factdesk.base.RefusedException;

/**
 * Reads an uploaded or seeded article file: plain text and Markdown (first line the title, the rest the body) or HTML
 * (reduced to its text, paragraph breaks kept). Refuses what is too large, binary or of another type.
 */
final class ArticleFileReader {

    static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private ArticleFileReader() {
    }

    /**
     * Reads at most one byte more than the limit from {@code in}, so a larger upload is refused without being read
     * (nor held) whole.
     */
    static ImportedText read(String fileName, InputStream in) {
        if (!EXTENSIONS.contains(extension(fileName))) {
            throw refused("article.error.file-type");
        }
        try {
            return read(fileName, in.readNBytes(ArticleData.MAX_TEXT_BYTES + 1));
        } catch (IOException e) {
            throw refused("article.error.file-unreadable");
        }
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
        ImportedText text = extension.startsWith("htm")
                ? HtmlArticleText.read(new String(content, detectCharset(content)), ArticleData.MAX_TEXT_BYTES)
                : plainText(decode(content), extension.startsWith("m"));
        if (text.title().isBlank() || text.body().isBlank()) {
            throw refused("article.error.file-empty");
        }
        if (ControlChars.has(text.title()) || ControlChars.has(text.body())) {
            throw refused("article.error.file-control-characters");
        }
        // A file within the limit can still decode to more (Windows-1252 letters take up to 3 bytes in UTF-8):
        // the import is refused rather than cut, like a paste into the form.
        if (utf8Bytes(text.title()) + utf8Bytes(text.body()) > ArticleData.MAX_TEXT_BYTES) {
            throw refused("article.error.text-too-large");
        }
        return text;
    }

    /** First non-blank line is the title, the rest the body; Markdown heading marks are dropped. */
    static ImportedText plainText(String text, boolean markdown) {
        // Form feeds and vertical tabs are page and line breaks in older exports: breaks, not control characters.
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n')
                .replace('\u000B', '\n').strip();
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

    private static long utf8Bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static RefusedException refused(String key) {
        return new RefusedException("file", key, ArticleData.MAX_TEXT_BYTES / (1024 * 1024));
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
