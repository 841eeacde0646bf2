package org.factdesk.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A report ready to download: its file name and type, and its content, written when the browser asks for it.
 * The report's data is already read (under the user's rights); writing needs neither the database nor a session.
 */
public record ReportFile(String fileName, String mimeType, Content content) {

    /** Writes the file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public void writeTo(OutputStream out) throws IOException {
        content.writeTo(out);
    }
}
