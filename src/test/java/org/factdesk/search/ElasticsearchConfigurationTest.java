package org.factdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.junit.jupiter.api.Test;

/**
 * The Elasticsearch/OpenSearch backend's configuration (profile {@code elasticsearch}) for several app nodes: no such
 * server runs here, so this checks what the profile sets against what the Lucene default sets, and that the analysis
 * it names defines the analyzers and normaliser the mapping uses.
 */
class ElasticsearchConfigurationTest {

    private static final String PREFIX = "spring.jpa.properties.hibernate.search.";

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ElasticsearchConfigurationTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(in);
        }
        return properties;
    }

    @Test
    void the_profile_switches_the_backend_to_a_shared_cluster_named_by_the_environment() throws IOException {
        Properties elastic = load("application-elasticsearch.properties");

        assertThat(elastic.getProperty(PREFIX + "backend.type")).isEqualTo("elasticsearch");
        assertThat(elastic.getProperty(PREFIX + "backend.hosts")).isEqualTo("${FACTDESK_SEARCH_HOSTS:localhost:9200}");
        assertThat(elastic.getProperty(PREFIX + "backend.protocol")).isEqualTo("${FACTDESK_SEARCH_PROTOCOL:https}");
        assertThat(elastic.getProperty(PREFIX + "backend.username")).contains("FACTDESK_SEARCH_USERNAME");
        assertThat(elastic.getProperty(PREFIX + "backend.password")).contains("FACTDESK_SEARCH_PASSWORD");
        assertThat(elastic.getProperty(PREFIX + "backend.analysis.configurer"))
                .isEqualTo("class:" + ElasticsearchAnalysis.class.getName());
        assertThat(elastic.getProperty(PREFIX + "backend.directory.root")).as("no local index folder").isEmpty();
        assertThat(elastic.getProperty(PREFIX + "indexing.plan.synchronization.strategy")).isEqualTo("write-sync");
        assertThat(elastic.getProperty("factdesk.search.rebuild-on-start")).as("one shared index, not one per node")
                .isEqualTo("false");
    }

    @Test
    void the_default_is_the_embedded_lucene_index_in_the_data_folder() throws IOException {
        Properties main = load("application.properties");

        assertThat(main.getProperty(PREFIX + "backend.type")).isEqualTo("lucene");
        assertThat(main.getProperty(PREFIX + "backend.directory.root")).isEqualTo("${factdesk.search.index-dir}");
        assertThat(main.getProperty("factdesk.search.index-dir")).isEqualTo("${factdesk.data-dir}/index");
        assertThat(main.getProperty(PREFIX + "backend.analysis.configurer"))
                .isEqualTo("class:" + LuceneAnalysis.class.getName());
    }

    @Test
    void the_elasticsearch_analysis_defines_every_analyzer_the_mapping_names() {
        java.util.Set<String> analyzers = new java.util.HashSet<>();
        java.util.Set<String> normalizers = new java.util.HashSet<>();
        java.util.List<String> filters = new java.util.ArrayList<>();
        ElasticsearchAnalysisConfigurer configurer = new ElasticsearchAnalysis();
        configurer.configure((org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext)
                java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {
                        org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext.class},
                        (proxy, method, args) -> {
                            switch (method.getName()) {
                                case "analyzer" -> analyzers.add((String) args[0]);
                                case "normalizer" -> normalizers.add((String) args[0]);
                                case "tokenFilter" -> filters.add((String) args[0]);
                                default -> { }
                            }
                            return recorder(method.getReturnType());
                        }));

        assertThat(analyzers).containsExactlyInAnyOrder(Analyzers.ENGLISH, Analyzers.FRENCH, Analyzers.PLAIN);
        assertThat(normalizers).containsExactly(Analyzers.KEYWORD);
        assertThat(filters).contains("factdesk_french_elision", "factdesk_french_light", "factdesk_english_stop");
    }

    /** A stand-in for each step of the analysis DSL that returns itself or the next step. */
    private static Object recorder(Class<?> type) {
        if (!type.isInterface()) {
            return null;
        }
        return java.lang.reflect.Proxy.newProxyInstance(ElasticsearchConfigurationTest.class.getClassLoader(),
                new Class<?>[] {type}, (proxy, method, args) -> recorder(method.getReturnType()));
    }
}
