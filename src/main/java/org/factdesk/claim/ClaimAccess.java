package org.factdesk.claim;

import java.util.EnumSet;
import java.util.Set;
import org.factdesk.base.RefusedException;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may research a claim (sources, verdict): an editor any claim, a fact-checker only the claims assigned to them;
 * and only while the claim is being researched (TO_CHECK or IN_RESEARCH). Services call this on top of their
 * role-based method security.
 */
@Component
class ClaimAccess {

    private static final Set<ClaimStatus> OPEN_FOR_RESEARCH = EnumSet.of(ClaimStatus.TO_CHECK,
            ClaimStatus.IN_RESEARCH);

    private final CurrentUser currentUser;

    ClaimAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Whether the signed-in user may change this claim's research, whatever its status. */
    boolean mayResearch(Claim claim) {
        return currentUser.hasRole(AppRoles.EDITOR) || currentUser.hasRole(AppRoles.CHECKER)
                && currentUser.username().filter(name -> name.equals(claim.getAssignee())).isPresent();
    }

    /** Whether the signed-in user may research this claim now: theirs (or an editor's) and open for research. */
    boolean mayResearchNow(Claim claim) {
        return mayResearch(claim) && OPEN_FOR_RESEARCH.contains(claim.getStatus());
    }

    /** Refuses unless the signed-in user may research this claim now; an approved claim says it must be reopened. */
    void requireResearch(Claim claim) {
        if (!mayResearch(claim)) {
            throw new AccessDeniedException("Not this user's claim");
        }
        claim.requireNotFrozen();
        if (!OPEN_FOR_RESEARCH.contains(claim.getStatus())) {
            throw new RefusedException(null, "claim.error.not-in-research");
        }
    }
}
