package org.factdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the embedded Lucene backend. French: "l'inflation" is indexed as "inflation" (elision before the
 * stop words, so "l'" and "d'" go), "énergie" as "energie" (accents folded after stemming, which needs them), and
 * "retraites" as "retrait" (light stemming, plurals and feminines). English: "vaccines" and "vaccine" meet (Porter
 * stemming after the minimal plural stemmer), "the" and "of" are no evidence of a match. Named in
 * {@code hibernate.search.backend.analysis.configurer}; the same analyzers tell which words of two texts matched.
 */
public class LuceneAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(Analyzers.ENGLISH).instance(english());
        context.analyzer(Analyzers.FRENCH).instance(french());
        context.analyzer(Analyzers.PLAIN).instance(plain());
        context.normalizer(Analyzers.KEYWORD).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }

    public static Analyzer english() {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer("standard")
                    .addTokenFilter("englishPossessive")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("stop")
                    .addTokenFilter("asciiFolding")
                    .addTokenFilter("englishMinimalStem")
                    .addTokenFilter("porterStem")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Analyzer french() {
        try {
            return CustomAnalyzer.builder(new ClasspathResourceLoader(LuceneAnalysis.class.getClassLoader()))
                    .withTokenizer("standard")
                    .addTokenFilter("elision", "ignoreCase", "true")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("stop", "words", "org/apache/lucene/analysis/snowball/french_stop.txt",
                            "format", "snowball", "ignoreCase", "true")
                    .addTokenFilter("frenchLightStem")
                    .addTokenFilter("asciiFolding")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Analyzer plain() {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer("standard")
                    .addTokenFilter("elision", "ignoreCase", "true")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("asciiFolding")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analyzer named {@code name} ({@link Analyzers}), built afresh. */
    public static Analyzer named(String name) {
        return switch (name) {
            case Analyzers.ENGLISH -> english();
            case Analyzers.FRENCH -> french();
            default -> plain();
        };
    }
}
