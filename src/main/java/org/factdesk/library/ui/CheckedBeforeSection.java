package org.factdesk.library.ui;

import com.vaadin.flow.component.Component;
import org.factdesk.claim.ClaimDetails;
import org.factdesk.claim.ui.ClaimSection;
import org.factdesk.library.LibraryService;
import org.springframework.core.annotation.Order;

/** Puts "Checked before" (the closest earlier fact-checks of the library) on the claim page. */
@org.springframework.stereotype.Component
@Order(10)
class CheckedBeforeSection implements ClaimSection {

    private final LibraryService library;

    CheckedBeforeSection(LibraryService library) {
        this.library = library;
    }

    @Override
    public Component draw(ClaimDetails claim, ClaimPage page) {
        return new CheckedBeforePanel(library, claim, page);
    }
}
