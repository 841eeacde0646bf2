package org.factdesk.extraction;

/**
 * How well the engine knows the article's language: FULL (French, English) uses trained sentence and
 * part-of-speech models; GENERIC falls back to the JDK's sentence splitter and language-neutral features,
 * so the editor should be told that the split and the scores are rougher.
 */
public enum LanguageSupport {
    FULL, GENERIC
}
