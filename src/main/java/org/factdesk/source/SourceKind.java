package org.factdesk.source;

import java.util.Set;

/** What kind of evidence a source is. */
public enum SourceKind {
    PRIMARY_DOCUMENT, OFFICIAL_STATISTICS, EXPERT, NEWS_REPORT, SOCIAL_MEDIA_POST, OTHER,
    INTERVIEW, EMAIL, DOCUMENT_ON_REQUEST, PRINTED_DOCUMENT;

    private static final Set<SourceKind> WITHOUT_ADDRESS = Set.of(INTERVIEW, EMAIL, DOCUMENT_ON_REQUEST,
            PRINTED_DOCUMENT);

    /** Whether a source of this kind must give its web address; the others may (decision 021). */
    public boolean needsAddress() {
        return !WITHOUT_ADDRESS.contains(this);
    }
}
