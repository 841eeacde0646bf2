package org.factdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The in-memory scan for a claim's nearest fact-checks: its order against exact cosines, and rows kept up to date. */
class NearestVectorsTest {

    private static final int DIMENSIONS = 384;

    @Test
    void the_nearest_are_those_of_the_exact_cosines_across_several_blocks() {
        Random random = new Random(3);
        NearestVectors nearest = new NearestVectors();
        List<float[]> vectors = new ArrayList<>();
        int count = 2 * NearestVectors.BLOCK + 300;
        for (int i = 0; i < count; i++) {
            float[] vector = randomVector(random);
            vectors.add(vector);
            nearest.put(i + 1, vector);
        }
        float[] query = randomVector(random);
        // Three rows made close to the claim, one in each block, at clearly different distances.
        long[] close = {17, NearestVectors.BLOCK + 5, 2 * NearestVectors.BLOCK + 299};
        double[] weights = {0.9, 0.7, 0.5};
        for (int i = 0; i < close.length; i++) {
            float[] mixed = new float[DIMENSIONS];
            float[] other = vectors.get((int) close[i] - 1);
            for (int d = 0; d < DIMENSIONS; d++) {
                mixed[d] = (float) (weights[i] * query[d] + (1 - weights[i]) * other[d]);
            }
            vectors.set((int) close[i] - 1, mixed);
            nearest.put(close[i], mixed);
        }

        List<NearestVectors.Near> found = nearest.nearest(query, 10, Set.of());

        assertThat(found).extracting(NearestVectors.Near::id).startsWith(close[0], close[1], close[2]);
        List<Long> exact = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            exact.add((long) i + 1);
        }
        exact.sort(Comparator.comparingDouble((Long id) -> -Embeddings.cosine(query, vectors.get((int) (id - 1)))));
        assertThat(found).extracting(NearestVectors.Near::id).containsExactlyElementsOf(exact.subList(0, 10));
        for (NearestVectors.Near one : found) {
            assertThat((double) one.cosine()).as("the scan's cosine is close to the exact one")
                    .isCloseTo(Embeddings.cosine(query, vectors.get((int) (one.id() - 1))),
                            org.assertj.core.data.Offset.offset(0.02));
        }
        assertThat(nearest.count()).isEqualTo(count);
    }

    @Test
    void a_skipped_removed_or_replaced_vector_is_left_out_or_read_anew() {
        Random random = new Random(5);
        NearestVectors nearest = new NearestVectors();
        float[] query = randomVector(random);
        for (long id = 1; id <= 50; id++) {
            nearest.put(id, randomVector(random));
        }
        nearest.put(7, query);
        nearest.put(8, query);
        nearest.put(9, query);

        assertThat(nearest.nearest(query, 3, Set.of())).extracting(NearestVectors.Near::id)
                .as("equal cosines by id").containsExactly(7L, 8L, 9L);
        assertThat(nearest.nearest(query, 2, Set.of(7L))).extracting(NearestVectors.Near::id)
                .containsExactly(8L, 9L);

        nearest.remove(8);
        nearest.put(9, randomVector(random));

        assertThat(nearest.nearest(query, 1, Set.of())).extracting(NearestVectors.Near::id).containsExactly(7L);
        assertThat(nearest.nearest(query, 50, Set.of())).extracting(NearestVectors.Near::id)
                .doesNotContain(8L).doesNotHaveDuplicates().hasSize(49);
        assertThat(nearest.count()).isEqualTo(49);
    }

    @Test
    void nothing_is_near_an_empty_library_or_a_vector_of_another_size() {
        NearestVectors nearest = new NearestVectors();
        assertThat(nearest.nearest(randomVector(new Random(1)), 5, Set.of())).isEmpty();

        nearest.put(1, randomVector(new Random(2)));

        assertThat(nearest.nearest(new float[12], 5, Set.of())).isEmpty();
        assertThat(nearest.nearest(randomVector(new Random(3)), 5, Set.of())).extracting(NearestVectors.Near::id)
                .containsExactly(1L);
    }

    private static float[] randomVector(Random random) {
        float[] vector = new float[DIMENSIONS];
        for (int d = 0; d < DIMENSIONS; d++) {
            vector[d] = (float) random.nextGaussian();
        }
        return vector;
    }
}
