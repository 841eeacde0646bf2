package org.factdesk.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Feeds a lazy {@link Grid}, which asks for rows by index, from a list read by seek (keyset) pages, which cost the
 * same anywhere in the list (decision 017). It remembers the key of the row before each page boundary it has seen;
 * a page at a remembered boundary is one seek, and a jump elsewhere (a scrollbar drag) first asks the source for the
 * key so many rows after the nearest boundary before it, from the list's index alone. Counts are exact up to
 * {@link #EXACT_UP_TO}; above, the grid's size is an estimate, first just over that, that grows by
 * {@link #ESTIMATE_STEP} each time the user reaches its end, where a boundary is then remembered: so a jump never
 * lands more than 10,000 rows past a remembered boundary, and the skip costs the same on any size of desk.
 *
 * @param <T> the grid's rows
 * @param <K> a row's place in the list, what a page seeks after
 */
public final class SeekPaging<T, K> {

    public static final int EXACT_UP_TO = 10_000;
    static final int ESTIMATE_STEP = 5_000;
    private static final int MOST_BOUNDARIES = 10_000;

    /** The list read by seeking, in its order. */
    public interface Source<T, K> {

        /** Up to {@code limit} rows after {@code key}, from the top when null. */
        List<T> after(@Nullable K key, int limit);

        /** The key of the {@code rows}-th row after {@code key} (from the top when null), empty past the end. */
        Optional<K> keyAfter(@Nullable K key, int rows);

        /** The number of rows, exact below {@code limit}, {@code limit} at and above it. */
        long countUpTo(int limit);
    }

    private final Grid<T> grid;
    private final GridLazyDataView<T> view;
    private final Source<T, K> source;
    private final Function<T, K> keyOf;
    /** Row index → the key of the row just before it. */
    private final NavigableMap<Integer, K> boundaries = new TreeMap<>();
    private long count;
    /** Whether {@link #count} was just counted by {@link #refresh()}, for the grid's next question. */
    private boolean counted;

    private SeekPaging(Grid<T> grid, Source<T, K> source, Function<T, K> keyOf, Function<T, Object> id) {
        this.grid = grid;
        this.source = source;
        this.keyOf = keyOf;
        // A provider with an id getter, not a bare fetch callback: the selection tells rows apart by that id.
        this.view = grid.setItems(new CallbackDataProvider<T, Void>(
                query -> fetch(query.getOffset(), query.getLimit()), query -> {
                    query.getOffset();
                    query.getLimit();
                    return (int) size();
                }, id::apply));
    }

    /** Feeds {@code grid} from {@code source}; call {@link #refresh()} to show the rows. */
    public static <T, K> SeekPaging<T, K> bind(Grid<T> grid, Source<T, K> source, Function<T, K> keyOf,
                                               Function<T, Object> id) {
        return new SeekPaging<>(grid, source, keyOf, id);
    }

    /** Counts again (up to the threshold), forgets the boundaries and reloads the rows; returns the count. */
    public long refresh() {
        boundaries.clear();
        count = source.countUpTo(EXACT_UP_TO + 1);
        counted = true;
        if (isExact()) {
            view.setItemCountFromDataProvider();
        } else {
            view.setItemCountEstimate(EXACT_UP_TO + 1);
            view.setItemCountEstimateIncrease(ESTIMATE_STEP);
        }
        grid.getDataProvider().refreshAll();
        return count;
    }

    /** Whether the last {@link #refresh()} counted every row, rather than stopping past {@link #EXACT_UP_TO}. */
    public boolean isExact() {
        return count <= EXACT_UP_TO;
    }

    public long count() {
        return count;
    }

    /**
     * The grid's size while the count is exact: the count {@link #refresh()} just made, else counted again (as the
     * grid asks only when it resets), up to just past the threshold; a list that grew past it shows as many rows as
     * the threshold allows until the next refresh switches to the estimate.
     */
    private long size() {
        if (!counted && isExact()) {
            count = Math.min(source.countUpTo(EXACT_UP_TO + 1), EXACT_UP_TO);
        }
        counted = false;
        return count;
    }

    Stream<T> fetch(int offset, int limit) {
        K start = null;
        if (offset > 0) {
            Optional<K> before = keyBefore(offset);
            if (before.isEmpty()) {
                return Stream.empty();
            }
            start = before.get();
        }
        List<T> rows = source.after(start, limit);
        if (!rows.isEmpty()) {
            remember(offset + rows.size(), keyOf.apply(rows.getLast()));
        }
        return rows.stream();
    }

    private Optional<K> keyBefore(int offset) {
        K known = boundaries.get(offset);
        if (known != null) {
            return Optional.of(known);
        }
        Map.Entry<Integer, K> floor = boundaries.floorEntry(offset);
        int from = floor == null ? 0 : floor.getKey();
        Optional<K> key = source.keyAfter(floor == null ? null : floor.getValue(), offset - from);
        key.ifPresent(found -> remember(offset, found));
        return key;
    }

    private void remember(int offset, K key) {
        if (boundaries.size() >= MOST_BOUNDARIES) {
            boundaries.clear();
        }
        boundaries.put(offset, key);
    }
}
