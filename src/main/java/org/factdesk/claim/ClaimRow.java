package org.factdesk.claim;

import java.util.List;
import org.factdesk.extraction.TextPart;
import org.jspecify.annotations.Nullable;

/** One claim in the workspace's claim list. {@code likelyMatch}: what it says of a likely earlier fact-check, or null. */
public record ClaimRow(long id, long version, TextPart part, int start, int end, String quote, String statement,
                       int score,
                       List<ClaimReason> reasons, boolean suggested, ClaimStatus status,
                       @Nullable DismissReason dismissReason, boolean anchorLost, boolean statementEdited,
                       ClaimOrigin origin, @Nullable String assignee, @Nullable String likelyMatch) {

    static ClaimRow of(Claim claim) {
        Anchor anchor = claim.anchor();
        Checkworthiness worth = claim.checkworthiness();
        return new ClaimRow(java.util.Objects.requireNonNull(claim.getId()), claim.getVersion(), anchor.part(),
                anchor.start(), anchor.end(), anchor.quote().exact(), claim.getStatement(), worth.score(), worth.reasons(), worth.suggested(),
                claim.getStatus(), claim.getDismissReason(), claim.isAnchorLost(), claim.isStatementEdited(),
                claim.getOrigin(), claim.getAssignee(), claim.getLikelyMatchLabel());
    }

}
