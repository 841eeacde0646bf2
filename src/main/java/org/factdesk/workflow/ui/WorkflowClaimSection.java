package org.factdesk.workflow.ui;

import com.vaadin.flow.component.Component;
import org.factdesk.claim.ClaimDetails;
import org.factdesk.source.SourceService;
import org.factdesk.claim.ui.ClaimSection;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.security.UserService;
import org.factdesk.workflow.WorkflowService;

/** Puts the workflow's section (assignment, approval, returns, reopening, watching) on the claim page. */
@org.springframework.stereotype.Component
class WorkflowClaimSection implements ClaimSection {

    private final WorkflowService workflow;
    private final UserService users;
    private final RatingScaleService ratings;
    private final SourceService sources;

    WorkflowClaimSection(WorkflowService workflow, UserService users, RatingScaleService ratings,
                         SourceService sources) {
        this.sources = sources;
        this.workflow = workflow;
        this.users = users;
        this.ratings = ratings;
    }

    @Override
    public Component draw(ClaimDetails claim, ClaimPage page) {
        return new WorkflowSection(workflow, users, ratings, sources, page.reads(), claim, page.username(),
                page.editor(), page.zone(), page.act());
    }

    @Override
    public Place place() {
        return Place.AFTER_SUBMISSION;
    }
}
