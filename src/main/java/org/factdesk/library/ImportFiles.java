package org.factdesk.library;

import java.nio.charset.StandardCharsets;

/** What kind of file an editor gave the library's import. */
public final class ImportFiles {

    private ImportFiles() {
    }

    /** Whether a file is JSON (ClaimReview JSON-LD) rather than CSV, from its first character. */
    public static boolean isJson(byte[] content) {
        String start = new String(content, 0, Math.min(content.length, 64), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading();
        return start.startsWith("{") || start.startsWith("[");
    }
}
