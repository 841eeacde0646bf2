package org.factdesk.extraction;

import java.util.Objects;

/**
 * One feature that fired on a sentence.
 *
 * @param evidence the words that made it fire, shown to the editor so the score can be argued with
 */
public record Reason(Feature feature, int weight, String evidence) {

    public Reason {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(evidence, "evidence");
    }
}
