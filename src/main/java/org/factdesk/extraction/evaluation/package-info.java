/**
 * Measures the extraction engine on labelled public data, from the command line ({@code bin/evaluate}); plain Java,
 * no Spring context.
 */
@NullMarked
package org.factdesk.extraction.evaluation;

import org.jspecify.annotations.NullMarked;
