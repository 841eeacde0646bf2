package org.factdesk.article;

/**
 * A piece of an article's body read without the rest (the claim page's quote and its paragraph): {@code text} starts
 * at {@code from} in a body of {@code bodyLength} characters; the title comes with it.
 */
public record ArticleExcerpt(long id, String title, int bodyLength, int from, String text) {

    /** Whether the excerpt reaches the body's end. */
    public boolean reachesEnd() {
        return from + text.length() >= bodyLength;
    }
}
