package org.factdesk.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same analyzers as {@link LuceneAnalysis}, for the Elasticsearch/OpenSearch backend (profile
 * {@code elasticsearch}): Hibernate Search pushes them to the cluster when it creates the indexes.
 */
public class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("factdesk_english_stop").type("stop").param("stopwords", "_english_");
        context.tokenFilter("factdesk_english_minimal").type("stemmer").param("language", "minimal_english");
        context.tokenFilter("factdesk_french_elision").type("elision").param("articles_case", true)
                .param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");
        context.tokenFilter("factdesk_french_stop").type("stop").param("stopwords", "_french_");
        context.tokenFilter("factdesk_french_light").type("stemmer").param("language", "light_french");
        context.analyzer(Analyzers.ENGLISH).custom().tokenizer("standard")
                .tokenFilters("lowercase", "factdesk_english_stop", "asciifolding", "factdesk_english_minimal",
                        "porter_stem");
        context.analyzer(Analyzers.FRENCH).custom().tokenizer("standard")
                .tokenFilters("factdesk_french_elision", "lowercase", "factdesk_french_stop", "factdesk_french_light",
                        "asciifolding");
        context.analyzer(Analyzers.PLAIN).custom().tokenizer("standard")
                .tokenFilters("factdesk_french_elision", "lowercase", "asciifolding");
        context.normalizer(Analyzers.KEYWORD).custom().tokenFilters("lowercase", "asciifolding");
    }
}
