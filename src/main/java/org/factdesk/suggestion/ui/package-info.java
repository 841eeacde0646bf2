/** The administrators' "Suggestions" screen. */
@NullMarked
package org.factdesk.suggestion.ui;

import org.jspecify.annotations.NullMarked;
