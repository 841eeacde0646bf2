package org.factdesk.find;

/** What a search result is, in the order the results screen groups them. */
public enum SearchKind {
    CLAIM, ARTICLE, SOURCE, COMMENT, FACT_CHECK
}
