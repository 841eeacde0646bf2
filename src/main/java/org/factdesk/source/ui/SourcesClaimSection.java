package org.factdesk.source.ui;

import com.vaadin.flow.component.Component;
import org.factdesk.claim.ClaimDetails;
import org.factdesk.claim.ui.ClaimSection;
import org.factdesk.source.SourceFileService;
import org.factdesk.source.SourceService;
import org.springframework.core.annotation.Order;

/** Puts the claim's sources on the claim page, after the verdict they support. */
@org.springframework.stereotype.Component
@Order(10)
class SourcesClaimSection implements ClaimSection {

    private final SourceService sources;
    private final SourceFileService files;

    SourcesClaimSection(SourceService sources, SourceFileService files) {
        this.sources = sources;
        this.files = files;
    }

    @Override
    public Component draw(ClaimDetails claim, ClaimPage page) {
        return new SourcesPanel(sources, files, claim.id(), claim.mayResearch(), page.reload(), page.zone());
    }

    @Override
    public Place place() {
        return Place.EVIDENCE;
    }
}
