package org.factdesk.workflow;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.base.NoControlChars;
import org.factdesk.base.RefusedException;
import org.factdesk.claim.ClaimWorkflow;
import org.factdesk.comment.CommentService;
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
 * and reaches its watchers through {@code ClaimChanged}. The rules are here; the changes go through the claim's
 * command API, {@link ClaimWorkflow}.
 */
@Service
@Validated
public class WorkflowService {

    private final ClaimWorkflow claims;
    private final CommentService comments;
    private final UserService users;
    private final CurrentUser currentUser;
    private final DeskSettingsService settings;

    WorkflowService(ClaimWorkflow claims, CommentService comments, UserService users, CurrentUser currentUser,
                    DeskSettingsService settings) {
        this.claims = claims;
        this.comments = comments;
        this.users = users;
        this.currentUser = currentUser;
        this.settings = settings;
    }

    /** Gives a claim (TO_CHECK, or IN_RESEARCH to reassign) to an enabled colleague who may research claims. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public void assign(long claimId, long expectedVersion, @Valid AssignmentData assignment) {
        claims.assign(claimId, expectedVersion, assignment.assignee(), assignment.dueDate(), assignment.priority(),
                () -> check(assignment));
    }

    /** Assigns several claims at once; claims that cannot be assigned now are left as they are and counted out. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public int assignAll(List<Long> claimIds, @Valid AssignmentData assignment) {
        return claims.assignAll(claimIds, assignment.assignee(), assignment.dueDate(), assignment.priority(),
                () -> check(assignment));
    }

    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public void unassign(long claimId, long expectedVersion) {
        claims.unassign(claimId, expectedVersion);
    }

    /** Approves the verdict; refused to anyone who proposed it in this round, whatever their role. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public void approve(long claimId, long expectedVersion) {
        claims.approve(claimId, expectedVersion, currentUser.require());
    }

    /** Returns the claim to research; the comment saying why goes into its thread. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public void sendBack(long claimId, long expectedVersion, @NotBlank(message = "workflow.error.comment-required")
            @Size(max = CommentService.BODY_MAX, message = "validation.too-long") @NoControlChars String comment) {
        claims.sendBack(claimId, expectedVersion);
        comments.postReason(claimId, comment, "return");
    }

    /** Reopens an approved claim for a correction; the old verdict stays in the history, the reason in the thread. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public void reopen(long claimId, long expectedVersion, @NotBlank(message = "workflow.error.reason-required")
            @Size(max = CommentService.BODY_MAX, message = "validation.too-long") @NoControlChars String reason) {
        claims.reopen(claimId, expectedVersion, currentUser.require(), reason);
        comments.postReason(claimId, reason, "reopen");
    }

    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional
    public void watch(long claimId, boolean watching) {
        claims.watch(claimId, currentUser.require(), watching);
    }

    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public boolean isWatching(long claimId) {
        return claims.isWatching(claimId, currentUser.require());
    }

    /** The workflow's rules for an assignment, checked with the claim loaded, before it changes. */
    private void check(AssignmentData assignment) {
        LocalDate due = assignment.dueDate();
        // The desk's today, as the overdue check and the lists count it.
        if (due != null && due.isBefore(settings.today())) {
            throw new RefusedException("dueDate", "workflow.error.due-past");
        }
        if (!users.isAssignable(assignment.assignee())) {
            throw new RefusedException("assignee", "workflow.error.assignee");
        }
    }
}
