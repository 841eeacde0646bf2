package org.factdesk.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.factdesk.claim.ui.ArticleAction;
import org.factdesk.report.ArticleReportExports;

/** The "Verdict report" button on every article's workspace: it opens the dialog that downloads the report. */
@org.springframework.stereotype.Component
class VerdictReportAction implements ArticleAction {

    private final ArticleReportExports exports;

    VerdictReportAction(ArticleReportExports exports) {
        this.exports = exports;
    }

    @Override
    public Component create(long articleId) {
        Button open = new Button(VaadinIcon.FILE_TEXT_O.create());
        open.setText(open.getTranslation("report.action"));
        open.setId("report-open");
        open.addClickListener(click -> new VerdictReportDialog(exports, articleId).open());
        return open;
    }
}
