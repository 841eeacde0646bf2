package org.factdesk.claim;

import java.util.List;

/** How much a sentence needs checking: the score, the reasons that make it up, and whether it is suggested. */
public record Checkworthiness(int score, List<ClaimReason> reasons, boolean suggested) {

    public static final Checkworthiness NONE = new Checkworthiness(0, List.of(), false);

    public Checkworthiness {
        reasons = List.copyOf(reasons);
    }
}
