package org.factdesk.report;

/** The formats of a verdict report, with what a browser needs to save one. */
public enum ReportFormat {

    PDF("application/pdf", "pdf"),
    HTML("text/html;charset=UTF-8", "html"),
    CSV("text/csv;charset=UTF-8", "csv"),
    CLAIM_REVIEW("application/ld+json;charset=UTF-8", "jsonld");

    private final String mimeType;
    private final String extension;

    ReportFormat(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
    }
}
