package org.factdesk.search;

/** The names of the analyzers every backend defines (Lucene: {@link LuceneAnalysis}, Elasticsearch: {@link ElasticsearchAnalysis}). */
public final class Analyzers {

    /** English: possessives, lower case, accents folded, English stop words, light (minimal-plural + Porter) stemming. */
    public static final String ENGLISH = "english";
    /** French: elision (l', d', qu'...), lower case, accents folded, French stop words, light stemming. */
    public static final String FRENCH = "french";
    /** Any language: words lower-cased with accents folded, no stemming. */
    public static final String PLAIN = "plain";
    /** Keywords compared without case or accents (ratings, publishers). */
    public static final String KEYWORD = "keyword";

    private Analyzers() {
    }
}
