package org.factdesk.extraction;

/**
 * The signals that make a sentence worth checking (or not). Their hand-set weights live in {@link Weights}: the
 * first ten raise the score, the next five lower it; a learned model ({@link LinearScorer}) weighs them anew and adds
 * {@link #WORDS}: one of the sentence's words or word pairs that pushed its score up or down, as the evidence.
 */
public enum Feature {
    NUMBER, QUANTITY, DATE, NAMED_ENTITY, ACRONYM, REPORTING_VERB, COMPARISON, CAUSAL, QUOTATION,
    PAST_EVENT, QUESTION, OPINION_OR_MODAL, FUTURE, TOO_SHORT, NO_VERB, WORDS
}
