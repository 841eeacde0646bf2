package org.factdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The learned reranker: its features, its training (reproducible) and the shipped model. */
class RerankerTest {

    private static final int COSINE = RerankFeatures.NAMES.indexOf("cosine");

    @Test
    void the_shipped_english_model_is_in_the_jar_and_weighs_only_known_features() {
        Reranker shipped = Reranker.shipped();

        assertThat(shipped).isNotNull();
        assertThat(shipped.weights()).isNotEmpty();
        assertThat(shipped.weights()).allSatisfy(weight -> assertThat(RerankFeatures.NAMES).contains(weight.feature()));
        assertThat(shipped.candidates()).isBetween(1, Matcher.CANDIDATES);
    }

    @Test
    void a_model_reads_back_exactly_what_it_wrote() throws Exception {
        Reranker model = new Reranker(50, 30, -1.5, List.of(new Reranker.Weight("cosine", 0.2, 0.1, 2.0),
                new Reranker.Weight("bm25_place", 0.05, 0.1, 0.5)));

        Reranker read = Reranker.read(new ByteArrayInputStream(written(model).getBytes(StandardCharsets.UTF_8)));

        assertThat(written(read)).isEqualTo(written(model));
        double[] features = new double[RerankFeatures.NAMES.size()];
        features[COSINE] = 0.7;
        features[RerankFeatures.NAMES.indexOf("bm25_place")] = 1;
        assertThat(read.score(features)).isCloseTo(-1.5 + 2.0 * 5 + 0.5 * 9.5, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void two_trainings_on_the_same_pairs_write_the_same_model_and_it_learns_which_feature_marks_the_right_one()
            throws Exception {
        List<MatchingTraining.Query> queries = queries(new Random(7));

        for (boolean pairwise : new boolean[] {false, true}) {
            Reranker first = MatchingTraining.train(queries, List.of("bm25", "cosine"), 20, 0, 20, 1, pairwise);
            Reranker second = MatchingTraining.train(queries, List.of("bm25", "cosine"), 20, 0, 20, 1, pairwise);

            assertThat(written(first)).isEqualTo(written(second));
            assertThat(first.weights().get(1).weight()).as("the cosine marks the right one").isPositive();
            assertThat(MatchingTraining.evaluate(queries, 20, first::score, false).map1()).isGreaterThan(0.9);
        }
    }

    @Test
    void the_features_count_shared_numbers_and_names_and_the_places_in_both_orders() {
        List<double[]> features = RerankFeatures.of("Obama released 122 prisoners from Guantanamo",
                List.of(new RerankFeatures.Input(1, 0.2, 0.3, "Trump closed a prison", null),
                        new RerankFeatures.Input(0.8, 0.9, 0.1, "122 detainees released from Guantanamo under Obama",
                                "Did 122 prisoners return?")),
                text -> List.of(text.toLowerCase(java.util.Locale.ROOT).split("\\W+")));

        int shared = RerankFeatures.NAMES.indexOf("numbers_shared");
        int names = RerankFeatures.NAMES.indexOf("names_shared");
        int cosinePlace = RerankFeatures.NAMES.indexOf("cosine_place");
        assertThat(features.get(1)[shared]).isEqualTo(1.0);
        assertThat(features.get(1)[names]).isEqualTo(1.0);
        assertThat(features.get(0)[names]).isZero();
        assertThat(features.get(1)[cosinePlace]).isEqualTo(1.0);
        assertThat(features.get(0)[cosinePlace]).isEqualTo(0.5);
    }

    @Test
    void stored_vectors_read_back_in_half_precision_bge_alone_keeps_its_part_and_minilm_counts_as_missing() {
        float[] bge = new float[384];
        bge[0] = 0.6f;
        bge[1] = 0.8f;
        float[] e5 = new float[384];
        e5[383] = -1f;

        String stored = Embeddings.encode(new Embeddings.Vectors(bge, e5));
        Embeddings.Stored read = Embeddings.decode(stored);

        assertThat(stored).startsWith(Embeddings.FORMAT).hasSizeLessThanOrEqualTo(2100);
        assertThat(read).isNotNull();
        assertThat(read.bge()).hasSize(384);
        assertThat(read.e5()).isNotNull().hasSize(384);
        assertThat(Embeddings.cosine(bge, read.bge())).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-3));
        assertThat(Embeddings.cosine(e5, read.e5())).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-3));
        // The version before stored bge's alone behind "b:": read, e5's to be added.
        String bgeOnly = Embeddings.BGE_ONLY + stored.substring(Embeddings.FORMAT.length(), 2 + 1024);
        Embeddings.Stored former = Embeddings.decode(bgeOnly);
        assertThat(former).isNotNull();
        assertThat(former.e5()).isNull();
        assertThat(Embeddings.cosine(bge, former.bge())).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-3));
        String minilm = java.util.Base64.getEncoder().encodeToString(new byte[384 * Float.BYTES]);
        assertThat(Embeddings.decode(minilm)).isNull();
    }

    @Test
    void a_tweet_is_tidied_for_the_embedding_only_of_its_signature_handles_and_hashtags() {
        assertThat(Matcher.tidied("The CBC deletes Trump #DefundTheCBC — Brad Trost (@BradTrostCPC) December 26, 2019"))
                .isEqualTo("The CBC deletes Trump Defund The CBC");
    }

    /** 60 queries of 20 candidates; the right one (somewhere) has a higher cosine, the BM25 order is noise. */
    private static List<MatchingTraining.Query> queries(Random random) {
        List<MatchingTraining.Query> queries = new ArrayList<>();
        for (int q = 0; q < 60; q++) {
            int right = random.nextInt(20);
            List<double[]> features = new ArrayList<>();
            boolean[] rights = new boolean[20];
            for (int i = 0; i < 20; i++) {
                double[] row = new double[RerankFeatures.NAMES.size()];
                row[RerankFeatures.NAMES.indexOf("bm25")] = random.nextDouble();
                row[COSINE] = random.nextDouble() * 0.4 + (i == right ? 0.5 : 0);
                features.add(row);
                rights[i] = i == right;
            }
            queries.add(new MatchingTraining.Query(features, rights, 1));
        }
        return queries;
    }

    private static String written(Reranker model) throws Exception {
        StringWriter out = new StringWriter();
        model.write(out, Map.of("test", "yes"));
        return out.toString();
    }
}
