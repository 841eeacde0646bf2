package org.factdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The grid's row indexes meet seek pages: rows by index are those of the list, and jumps start from known keys. */
class SeekPagingTest {

    /** A list of rows 0, 1, 2… whose key is the row itself, counting what is asked of it. */
    private static final class Rows implements SeekPaging.Source<Integer, Integer> {

        private final int size;
        final List<String> asked = new ArrayList<>();

        Rows(int size) {
            this.size = size;
        }

        @Override
        public List<Integer> after(@Nullable Integer key, int limit) {
            int from = key == null ? 0 : key + 1;
            asked.add("after " + key);
            return IntStream.range(from, Math.min(size, from + limit)).boxed().toList();
        }

        @Override
        public Optional<Integer> keyAfter(@Nullable Integer key, int rows) {
            asked.add("keyAfter " + key + " by " + rows);
            int row = (key == null ? -1 : key) + rows;
            return row < size ? Optional.of(row) : Optional.empty();
        }

        @Override
        public long countUpTo(int limit) {
            return Math.min(size, limit);
        }
    }

    private static SeekPaging<Integer, Integer> paging(Rows rows) {
        SeekPaging<Integer, Integer> paging = SeekPaging.bind(new Grid<>(), rows, row -> row, row -> row);
        paging.refresh();
        return paging;
    }

    @Test
    void rows_fetched_by_index_are_the_lists_rows_at_that_index_wherever_the_grid_jumps() {
        SeekPaging<Integer, Integer> paging = paging(new Rows(1_000));

        for (int offset : new int[] {0, 50, 100, 700, 650, 300, 950, 990, 0, 375}) {
            assertThat(paging.fetch(offset, 50).toList()).as("offset %d", offset)
                    .containsExactlyElementsOf(IntStream.range(offset, Math.min(1_000, offset + 50)).boxed().toList());
        }
    }

    @Test
    void the_next_page_is_one_seek_and_a_jump_skips_from_the_nearest_key_it_knows_before_it() {
        Rows rows = new Rows(100_000);
        SeekPaging<Integer, Integer> paging = paging(rows);
        paging.fetch(0, 50).toList();
        paging.fetch(50, 50).toList();
        rows.asked.clear();

        paging.fetch(100, 50).toList();
        paging.fetch(5_000, 50).toList();
        paging.fetch(3_000, 50).toList();

        assertThat(rows.asked).containsExactly("after 99", "keyAfter 149 by 4850", "after 4999",
                "keyAfter 149 by 2850", "after 2999");
    }

    @Test
    void past_the_end_there_are_no_rows() {
        SeekPaging<Integer, Integer> paging = paging(new Rows(120));

        assertThat(paging.fetch(100, 50).toList()).hasSize(20);
        assertThat(paging.fetch(150, 50).toList()).isEmpty();
        assertThat(paging.fetch(5_000, 50).toList()).isEmpty();
    }

    @Test
    void counts_are_exact_up_to_ten_thousand_and_stop_above() {
        SeekPaging<Integer, Integer> few = paging(new Rows(10_000));
        SeekPaging<Integer, Integer> many = paging(new Rows(10_001));

        assertThat(few.isExact()).isTrue();
        assertThat(few.count()).isEqualTo(10_000);
        assertThat(many.isExact()).isFalse();
        assertThat(many.count()).isEqualTo(10_001);
    }

    @Test
    void a_refresh_forgets_the_keys_it_knew() {
        Rows rows = new Rows(1_000);
        SeekPaging<Integer, Integer> paging = paging(rows);
        paging.fetch(0, 50).toList();
        paging.refresh();
        rows.asked.clear();

        paging.fetch(50, 50).toList();

        assertThat(rows.asked).containsExactly("keyAfter null by 50", "after 49");
    }
}
