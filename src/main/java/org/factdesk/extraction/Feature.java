package org.factdesk.extraction;

/**
 * The signals that make a sentence worth checking (or not). Their weights live in {@link Weights}; the first ten
 * raise the score, the last five lower it.
 */
public enum Feature {
    NUMBER, QUANTITY, DATE, NAMED_ENTITY, ACRONYM, REPORTING_VERB, COMPARISON, CAUSAL, QUOTATION,
    PAST_EVENT, QUESTION, OPINION_OR_MODAL, FUTURE, TOO_SHORT, NO_VERB
}
