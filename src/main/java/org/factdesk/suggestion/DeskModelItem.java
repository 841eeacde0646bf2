package org.factdesk.suggestion;

import java.time.Instant;

/**
 * A desk model as the screen shows it.
 *
 * @param f1Before F1 of the suggestions the desk saw, on the decisions held back from training
 * @param f1After F1 of the new model (blended with the shipped one for English) on the same decisions
 */
public record DeskModelItem(long id, String language, Instant createdAt, String createdBy, int trained,
                            int heldBack, double f1Before, double f1After, boolean active) {
}
