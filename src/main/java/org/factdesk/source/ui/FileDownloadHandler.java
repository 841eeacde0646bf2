package org.factdesk.source.ui;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.factdesk.source.FileDownload;
import org.factdesk.source.SourceFileService;

/**
 * Streams an attached file from the database when the browser asks for it. Its name is a user's text: it goes into
 * the Content-Disposition header only quoted and encoded (see {@link #disposition}), always as an attachment, and
 * the browser is told not to guess another type than the one the content showed on upload. A file removed meanwhile
 * answers 404.
 */
class FileDownloadHandler implements DownloadHandler {

    private final SourceFileService files;
    private final long fileId;

    FileDownloadHandler(SourceFileService files, long fileId) {
        this.files = files;
        this.fileId = fileId;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        Optional<FileDownload> found = files.download(fileId);
        if (found.isEmpty()) {
            event.getResponse().setStatus(404);
            return;
        }
        FileDownload file = found.get();
        event.setContentType(file.contentType());
        event.setContentLength(file.size());
        event.getResponse().setHeader("Content-Disposition", disposition(file.name()));
        event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = file.content(); OutputStream out = event.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /**
     * Always an attachment: an ASCII {@code filename} (other characters as {@code _}, quotes and backslashes escaped)
     * for old clients, and the whole name percent-encoded in {@code filename*} (RFC 6266, RFC 5987), so no character
     * of the user's text reaches the header as it was typed.
     */
    static String disposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "\\\\").replace("\"", "\\\"");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
