package org.factdesk.claim;

/**
 * A row's place in the desk's claim list (newest article first, then the article's order): what a page seeks after,
 * instead of counting rows from the top (decision 017). A key stays valid when rows before it come or go.
 */
public record ClaimListKey(long articleId, long position, long id) {
}
