package org.factdesk.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.List;
import org.factdesk.report.ArticleReportExports;
import org.factdesk.report.ReportFormat;

/**
 * Chooses the format of an article's verdict report (every format a writer offers) and whether claims in progress
 * are in it, then downloads it. The download link reads the choice when the browser asks for the file.
 */
class VerdictReportDialog extends Dialog {

    private final ReportDownload download;

    VerdictReportDialog(ArticleReportExports exports, long articleId) {
        setHeaderTitle(getTranslation("report.dialog.title"));
        setId("report-dialog");
        setWidth("32rem");
        download = new ReportDownload(exports, articleId, getLocale());
        List<ReportFormat> formats = exports.formats();
        RadioButtonGroup<ReportFormat> format = new RadioButtonGroup<>(getTranslation("report.dialog.format"));
        format.setId("report-format");
        format.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        format.setItems(formats);
        format.setItemLabelGenerator(item -> getTranslation("report.format." + item.name()));
        format.setValue(formats.getFirst());
        format.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                download.choose(change.getValue());
            }
        });
        download.choose(formats.getFirst());
        // Off: a report meant for readers holds approved verdicts only; the desk ticks it for a working copy.
        Checkbox inProgress = new Checkbox(getTranslation("report.dialog.in-progress"), false);
        inProgress.setId("report-in-progress");
        inProgress.setHelperText(getTranslation("report.dialog.in-progress-help"));
        inProgress.addValueChangeListener(change -> download.includeInProgress(change.getValue()));
        add(new Paragraph(getTranslation("report.dialog.intro")), format, inProgress);
        getFooter().add(new Button(getTranslation("report.dialog.close"), click -> close()), downloadLink());
    }

    private Anchor downloadLink() {
        Anchor link = new Anchor(download, "");
        link.setDownload(true);
        link.setId("report-download");
        link.addClassName("fd-download-link");
        link.add(VaadinIcon.DOWNLOAD_ALT.create());
        link.add(getTranslation("report.dialog.download"));
        return link;
    }
}
