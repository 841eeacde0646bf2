/**
 * The generator of a large desk (articles, claims in every status, sources, comments, history) by bulk SQL, for
 * scaling work and benchmarks: {@code bin/generate-desk 100000}.
 */
@NullMarked
package org.factdesk.generator;

import org.jspecify.annotations.NullMarked;
