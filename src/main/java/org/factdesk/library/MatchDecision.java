package org.factdesk.library;

/** What the desk said of a suggested earlier fact-check. */
public enum MatchDecision {
    /** The same claim: added to the claim's sources (so in its history and its report). */
    SAME,
    /** Not the same: hidden for this claim, kept to measure matching. */
    NOT_SAME
}
