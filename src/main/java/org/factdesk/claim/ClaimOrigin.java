package org.factdesk.claim;

/** How a claim came to be: found by the extractor, selected by an editor, or made by splitting or merging. */
public enum ClaimOrigin {
    EXTRACTED, SELECTED, SPLIT, MERGED
}
