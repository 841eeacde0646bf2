package org.factdesk.claim.ui;

import org.factdesk.claim.ClaimDetails;

/**
 * A part of the claim page whose unsaved edits can follow a colleague's change that does not touch them: the edits
 * then stay on screen and are saved against the newer version, so the colleague's change is neither shown as a
 * conflict nor overwritten.
 */
public interface Rebasing {

    /**
     * Takes {@code fresh} as the claim the part's edits will be saved against, if nothing the part shows differs from
     * it; tells whether it did.
     */
    boolean rebase(ClaimDetails fresh);
}
