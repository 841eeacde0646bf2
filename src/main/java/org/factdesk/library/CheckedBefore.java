package org.factdesk.library;

import org.jspecify.annotations.Nullable;

/** A match shown in the claim page's "Checked before" section, with what the desk said of it (none yet: null). */
public record CheckedBefore(LibraryMatch match, @Nullable MatchDecision decision) {
}
