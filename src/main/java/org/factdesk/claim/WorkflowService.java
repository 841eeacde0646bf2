package org.factdesk.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.base.NoControlChars;
import org.factdesk.base.RefusedException;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The desk's workflow on claims: editors assign (with a due date and a priority), unassign, approve (four eyes),
 * return with a comment and reopen for a correction; anyone watches a claim. Every change is in the claim's history
 * and reaches its watchers through {@link ClaimChanged}.
 */
@Service
@Validated
public class WorkflowService {

    private final ClaimRepository claims;
    private final ClaimService claimService;
    private final CommentService comments;
    private final UserService users;
    private final ActivityLog log;
    private final CurrentUser currentUser;
    private final DeskSettingsService settings;
    private final Clock clock;

    WorkflowService(ClaimRepository claims, ClaimService claimService, CommentService comments, UserService users,
                    ActivityLog log, CurrentUser currentUser, DeskSettingsService settings, Clock clock) {
        this.claims = claims;
        this.claimService = claimService;
        this.comments = comments;
        this.users = users;
        this.log = log;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    /** Gives a claim (TO_CHECK, or IN_RESEARCH to reassign) to an enabled colleague who may research claims. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public void assign(long claimId, long expectedVersion, @Valid AssignmentData assignment) {
        assign(claimService.load(claimId, expectedVersion), assignment);
    }

    /** Assigns several claims at once; claims that cannot be assigned now are left as they are and counted out. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public int assignAll(List<Long> claimIds, @Valid AssignmentData assignment) {
        int assigned = 0;
        for (Claim claim : claims.findAllById(claimIds)) {
            if (claim.getStatus() == ClaimStatus.TO_CHECK || claim.getStatus() == ClaimStatus.IN_RESEARCH) {
                assign(claim, assignment);
                assigned++;
            }
        }
        return assigned;
    }

    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public void unassign(long claimId, long expectedVersion) {
        Claim claim = claimService.load(claimId, expectedVersion);
        String before = claim.getAssignee();
        ClaimStatus status = claim.getStatus();
        claim.unassign(clock.instant());
        log.claim(claim, "claim.unassigned", null, before, null);
        log.claimStatus(claim, status, "unassign");
    }

    /** Approves the verdict; refused to anyone who proposed it in this round, whatever their role. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public void approve(long claimId, long expectedVersion) {
        String approver = currentUser.require();
        claimService.transition(claimId, expectedVersion, "approve", (claim, now) -> claim.approve(approver, now));
    }

    /** Returns the claim to research; the comment saying why goes into its thread. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public void sendBack(long claimId, long expectedVersion, @NotBlank(message = "workflow.error.comment-required")
            @Size(max = CommentService.BODY_MAX, message = "validation.too-long") @NoControlChars String comment) {
        claimService.transition(claimId, expectedVersion, "return", Claim::sendBack);
        comments.postReason(claimId, comment, "return");
    }

    /** Reopens an approved claim for a correction; the old verdict stays in the history, the reason in the thread. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public void reopen(long claimId, long expectedVersion, @NotBlank(message = "workflow.error.reason-required")
            @Size(max = CommentService.BODY_MAX, message = "validation.too-long") @NoControlChars String reason) {
        String editor = currentUser.require();
        claimService.transition(claimId, expectedVersion, "reopen",
                (claim, now) -> claim.reopen(editor, reason.strip(), now));
        comments.postReason(claimId, reason, "reopen");
    }

    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional
    public void watch(long claimId, boolean watching) {
        Claim claim = claims.findById(claimId).orElseThrow(() -> new RefusedException(null, "claim.error.gone"));
        if (watching) {
            claim.watch(currentUser.require());
        } else {
            claim.unwatch(currentUser.require());
        }
    }

    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public boolean isWatching(long claimId) {
        return claims.findById(claimId).map(claim -> claim.getWatchers().contains(currentUser.require()))
                .orElse(false);
    }

    private void assign(Claim claim, AssignmentData assignment) {
        Instant now = clock.instant();
        LocalDate due = assignment.dueDate();
        // The desk's today, as the overdue check and the lists count it.
        if (due != null && due.isBefore(settings.today())) {
            throw new RefusedException("dueDate", "workflow.error.due-past");
        }
        if (!users.isAssignable(assignment.assignee())) {
            throw new RefusedException("assignee", "workflow.error.assignee");
        }
        String before = claim.getAssignee();
        ClaimStatus status = claim.getStatus();
        claim.assign(assignment.assignee(), due, assignment.priority(), now);
        log.claim(claim, "claim.assigned", assignment.priority().name(), before, assignment.assignee());
        if (status != claim.getStatus()) {
            log.claimStatus(claim, status, "assign");
        }
    }
}
