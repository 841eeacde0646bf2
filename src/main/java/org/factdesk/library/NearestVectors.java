package org.factdesk.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every English fact-check's sentence vector in memory, for the claim's nearest fact-checks by cosine: candidates that
 * BM25 misses (a paraphrase in other words), added to the lexical ones before the reranker weighs them (decision 016,
 * "Nearest fact-checks"). A vector is kept as one byte per dimension and a scale (the largest of its unit vector's
 * values over 127), a quarter of a float vector's memory: 100,000 fact-checks take about 40 MB and one claim's scan
 * reads as much. The bytes are laid out by dimension within blocks of {@value #BLOCK} vectors, so the scan's inner
 * loop runs over one dimension of a block and the JIT vectorises it. The scan's cosines are close, not exact (the
 * reranker gets the exact ones from {@link Embeddings#vectors}).
 *
 * <p>Writers (the start's load, the background embedding, a vector computed on the spot) serialise on this object;
 * a scan runs without a lock over the rows published before it started: a row is written before the row count that
 * includes it. A removed row gets id 0 (never a fact-check's), which a scan skips; a replaced vector is rewritten in
 * its row, so a scan at that instant may read a mix of the two, which only moves that row's approximate cosine.
 */
final class NearestVectors {

    static final int BLOCK = 1024;

    /** What a scan reads: the blocks, and for each row its id (0: free) and scale. Grown by copying, never shrunk. */
    private record Rows(int dimensions, byte[][] blocks, long[] ids, float[] scales) {
    }

    /** A fact-check near a claim, with its (approximate) cosine. */
    record Near(long id, float cosine) {
    }

    private volatile Rows rows = new Rows(0, new byte[0][], new long[0], new float[0]);
    /** Rows in use (published after the row is written). */
    private volatile int size;
    private final Map<Long, Integer> slots = new HashMap<>();

    /** Keeps (or replaces) a fact-check's vector. */
    synchronized void put(long id, float[] vector) {
        if (id == 0 || vector.length == 0) {
            return;
        }
        Integer slot = slots.get(id);
        Rows current = rows;
        if (current.dimensions() != 0 && current.dimensions() != vector.length) {
            // Another model's vectors: start over (they are loaded again as the background run replaces them).
            current = new Rows(0, new byte[0][], new long[0], new float[0]);
            slots.clear();
            size = 0;
            slot = null;
        }
        if (slot == null) {
            slot = size;
            if (slot == current.ids().length) {
                current = grown(current, vector.length);
            }
        }
        double norm = 0;
        float largest = 0;
        for (float value : vector) {
            norm += value * value;
            largest = Math.max(largest, Math.abs(value));
        }
        if (norm == 0) {
            if (slots.remove(id) != null) {
                current.ids()[slot] = 0;
            }
            return;
        }
        float unit = (float) (1 / Math.sqrt(norm));
        float scale = largest * unit / 127;
        byte[] block = current.blocks()[slot / BLOCK];
        int column = slot % BLOCK;
        for (int d = 0; d < vector.length; d++) {
            block[d * BLOCK + column] = (byte) Math.round(vector[d] * unit / scale);
        }
        current.scales()[slot] = scale;
        current.ids()[slot] = id;
        slots.put(id, slot);
        rows = current;
        if (slot == size) {
            size = slot + 1;
        }
    }

    /** Forgets a fact-check (it left the library). */
    synchronized void remove(long id) {
        Integer slot = slots.remove(id);
        if (slot != null) {
            rows.ids()[slot] = 0;
        }
    }

    synchronized int count() {
        return slots.size();
    }

    private static Rows grown(Rows rows, int dimensions) {
        int capacity = Math.max(BLOCK, rows.ids().length * 2);
        byte[][] blocks = Arrays.copyOf(rows.blocks(), capacity / BLOCK);
        for (int b = rows.blocks().length; b < blocks.length; b++) {
            blocks[b] = new byte[dimensions * BLOCK];
        }
        return new Rows(dimensions, blocks, Arrays.copyOf(rows.ids(), capacity),
                Arrays.copyOf(rows.scales(), capacity));
    }

    /**
     * The {@code count} fact-checks nearest to {@code query} by cosine, nearest first (equal cosines by id), leaving
     * out {@code skipped}.
     */
    List<Near> nearest(float[] query, int count, Set<Long> skipped) {
        int used = size;
        Rows current = rows;
        if (count <= 0 || used == 0 || current.dimensions() != query.length) {
            return List.of();
        }
        double norm = 0;
        for (float value : query) {
            norm += value * value;
        }
        if (norm == 0) {
            return List.of();
        }
        float[] unit = new float[query.length];
        for (int d = 0; d < query.length; d++) {
            unit[d] = (float) (query[d] / Math.sqrt(norm));
        }
        Best best = new Best(count);
        float[] sums = new float[BLOCK];
        for (int b = 0; b * BLOCK < used; b++) {
            dot(current.blocks()[b], unit, sums);
            int end = Math.min(BLOCK, used - b * BLOCK);
            for (int column = 0; column < end; column++) {
                int slot = b * BLOCK + column;
                long id = current.ids()[slot];
                if (id != 0 && !skipped.contains(id)) {
                    best.offer(id, sums[column] * current.scales()[slot]);
                }
            }
        }
        return best.inOrder();
    }

    /** The dot products of one block's vectors with {@code query}: one dimension at a time over the whole block. */
    private static void dot(byte[] block, float[] query, float[] sums) {
        Arrays.fill(sums, 0f);
        for (int d = 0; d < query.length; d++) {
            float value = query[d];
            int offset = d * BLOCK;
            for (int column = 0; column < BLOCK; column++) {
                sums[column] += value * block[offset + column];
            }
        }
    }

    /** The best {@code count} offers: a min-heap on the cosine (then the larger id first out). */
    private static final class Best {
        private final long[] ids;
        private final float[] cosines;
        private int size;

        Best(int count) {
            ids = new long[count];
            cosines = new float[count];
        }

        void offer(long id, float cosine) {
            if (size < ids.length) {
                ids[size] = id;
                cosines[size] = cosine;
                up(size++);
            } else if (better(id, cosine, 0)) {
                ids[0] = id;
                cosines[0] = cosine;
                down(0);
            }
        }

        /** Whether (id, cosine) ranks above the entry at {@code i}. */
        private boolean better(long id, float cosine, int i) {
            return cosine > cosines[i] || cosine == cosines[i] && id < ids[i];
        }

        private void up(int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!better(ids[parent], cosines[parent], i)) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void down(int i) {
            while (true) {
                int smallest = i;
                for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
                    if (better(ids[smallest], cosines[smallest], child)) {
                        smallest = child;
                    }
                }
                if (smallest == i) {
                    return;
                }
                swap(i, smallest);
                i = smallest;
            }
        }

        private void swap(int a, int b) {
            long id = ids[a];
            ids[a] = ids[b];
            ids[b] = id;
            float cosine = cosines[a];
            cosines[a] = cosines[b];
            cosines[b] = cosine;
        }

        List<Near> inOrder() {
            List<Near> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                out.add(new Near(ids[i], cosines[i]));
            }
            out.sort((a, b) -> a.cosine() != b.cosine() ? Float.compare(b.cosine(), a.cosine())
                    : Long.compare(a.id(), b.id()));
            return out;
        }
    }
}
