package org.factdesk.source;

/** What kind of evidence a source is. */
public enum SourceKind {
    PRIMARY_DOCUMENT, OFFICIAL_STATISTICS, EXPERT, NEWS_REPORT, SOCIAL_MEDIA_POST, OTHER
}
