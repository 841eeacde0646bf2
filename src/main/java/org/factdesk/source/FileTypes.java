package org.factdesk.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.factdesk.base.RefusedException;

/**
 * Which files a source may carry, told by their first bytes with Apache Tika's signatures, never by their name: a
 * program renamed {@code .pdf} is refused, a PDF named {@code .txt} is a PDF.
 */
final class FileTypes {

    static final Set<String> ALLOWED = Set.of("application/pdf", "image/png", "image/jpeg", "message/rfc822",
            "text/plain");

    private static final MimeTypes SIGNATURES = MimeTypes.getDefaultMimeTypes();

    private FileTypes() {
    }

    /**
     * The allowed type of the content at the stream's start, which must support mark/reset and is left where it was;
     * refuses any other.
     */
    static String detect(InputStream content) {
        MediaType type;
        try {
            // No name in the metadata: the content alone decides.
            type = SIGNATURES.detect(content, new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String base = type.getBaseType().toString();
        if (!ALLOWED.contains(base)) {
            throw new RefusedException(null, "source.file.error.type");
        }
        return base;
    }
}
