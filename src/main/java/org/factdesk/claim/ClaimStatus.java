package org.factdesk.claim;

/** Where a claim is in the desk's workflow (PRODUCT.md §2). */
public enum ClaimStatus {
    /** Found by the extractor (or just created), not yet chosen by an editor. */
    CANDIDATE,
    /** Chosen for checking, waiting for a fact-checker. */
    TO_CHECK,
    /** A fact-checker researches it. */
    IN_RESEARCH,
    /** A verdict is proposed and waits for a second editor. */
    IN_REVIEW,
    /** The verdict is approved. */
    APPROVED,
    /** Set aside with a reason; can be undone. */
    DISMISSED;

    /** From TO_CHECK on, a claim carries the desk's work: re-extraction never replaces it. */
    public boolean holdsWork() {
        return this != CANDIDATE && this != DISMISSED;
    }
}
