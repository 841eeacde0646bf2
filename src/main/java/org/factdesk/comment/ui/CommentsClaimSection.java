package org.factdesk.comment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.factdesk.claim.ClaimDetails;
import org.factdesk.claim.ui.ClaimSection;
import org.factdesk.comment.CommentService;
import org.factdesk.security.AppRoles;
import org.springframework.core.annotation.Order;

/**
 * Puts the claim's comment thread in the side column of the claim page. A colleague's comment shows under a draft
 * the user is writing without touching it.
 */
@org.springframework.stereotype.Component
@Order(10)
class CommentsClaimSection implements ClaimSection {

    private final CommentService comments;
    private final AuthenticationContext authentication;

    CommentsClaimSection(CommentService comments, AuthenticationContext authentication) {
        this.comments = comments;
        this.authentication = authentication;
    }

    @Override
    public Component draw(ClaimDetails claim, ClaimPage page) {
        return new CommentsPanel(comments, page.reads()::colleagues, claim.id(),
                authentication.hasAnyRole(AppRoles.EDITOR, AppRoles.CHECKER), page.zone());
    }

    @Override
    public Place place() {
        return Place.SIDE;
    }

    @Override
    public boolean refreshesAroundEdits() {
        return true;
    }

    @Override
    public void refreshAroundEdits(Component drawn) {
        ((CommentsPanel) drawn).refresh();
    }
}
