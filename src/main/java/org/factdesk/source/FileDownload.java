package org.factdesk.source;

import java.io.InputStream;

/** An attached file being served: its stored name and type, its size, and its content read part by part. */
public record FileDownload(String name, String contentType, long size, InputStream content) {
}
