package org.factdesk.find;

import java.util.List;

/** The results grouped by kind, in {@link SearchKind}'s order; kinds without results are left out. */
public record SearchResults(List<Group> groups) {

    public SearchResults {
        groups = List.copyOf(groups);
    }

    /** Up to the screen's number of hits of one kind; {@code total} counts all the index found. */
    public record Group(SearchKind kind, long total, List<SearchHit> hits) {

        public Group {
            hits = List.copyOf(hits);
        }
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
