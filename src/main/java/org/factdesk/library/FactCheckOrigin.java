package org.factdesk.library;

/** Where a fact-check of the library comes from. */
public enum FactCheckOrigin {
    /** One of the desk's own approved claims: it enters on approval and leaves on a reopening. */
    DESK,
    /** Imported from another fact-checker's ClaimReview JSON-LD or a CSV file. */
    IMPORT
}
