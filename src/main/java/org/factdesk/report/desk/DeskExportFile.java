package org.factdesk.report.desk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factdesk.report.ReportFormat;

/** A finished desk report waiting in a temporary file for its download; whoever offers it deletes it afterwards. */
public record DeskExportFile(Path path, String fileName, ReportFormat format, long size, long claims) {

    public void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
