package org.factdesk.claim;

import org.factdesk.base.RefusedException;

/** A status change that the claim workflow does not allow from the claim's current status. */
public class IllegalTransitionException extends RefusedException {

    public IllegalTransitionException(ClaimStatus from, String action) {
        super(null, "claim.error.transition", action, from.name());
    }
}
