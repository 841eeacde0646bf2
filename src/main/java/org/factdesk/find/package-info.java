/**
 * One search for everything: articles, claims, sources, comments and the fact-check library through the full-text
 * index of {@code org.factdesk.search}, with filters and the matching words marked. Its own room because it reads
 * the library, which itself builds on {@code search}: inside {@code search} it would make a cycle.
 */
@NullMarked
package org.factdesk.find;

import org.jspecify.annotations.NullMarked;
