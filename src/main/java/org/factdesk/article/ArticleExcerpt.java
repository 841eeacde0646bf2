package org.factdesk.article;

/**
 * A piece of an article's body read without the rest (the claim page's quote and its paragraph): {@code text} was
 * asked from {@code from} on, and {@code reachesEnd} says whether it runs to the body's end; the title comes with it.
 * The database cuts the piece by its own characters: PostgreSQL counts a character outside the Basic Multilingual Plane
 * (an emoji) once where Java counts two, so {@code text} may start later in the body than {@code from}; a reader checks
 * that what it looks for is where it expects it.
 */
public record ArticleExcerpt(long id, String title, int from, String text, boolean reachesEnd) {
}
