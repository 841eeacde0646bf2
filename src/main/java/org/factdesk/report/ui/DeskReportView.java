package org.factdesk.report.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.DateFields;
import org.factdesk.report.desk.DeskReportRequest;
import org.factdesk.report.desk.DeskReportService;
import org.factdesk.report.ReportFormat;
import org.factdesk.security.AppRoles;
import org.factdesk.security.Colleague;

/**
 * The desk report: the claims approved over a range of days (this month to start with), optionally one checker's or
 * one outlet's, in any format the report feature offers. Open to every role, like every other report: it shows only
 * approved verdicts, which any reader may already read claim by claim. The count updates as the choice changes, so
 * the user knows how big the report is before exporting it.
 */
@Route("reports")
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR, AppRoles.CHECKER, AppRoles.VIEWER})
@Menu(order = 30, title = "report.desk.nav", icon = "vaadin:file-text-o")
class DeskReportView extends VerticalLayout implements HasDynamicTitle {

    private final DeskReportService reports;
    private final DatePicker from = DateFields.create();
    private final DatePicker to = DateFields.create();
    private final ComboBox<Colleague> checker = new ComboBox<>();
    private final ComboBox<String> outlet = new ComboBox<>();
    private final RadioButtonGroup<ReportFormat> format = new RadioButtonGroup<>();
    private final Span count = new Span();
    private final DeskExportPanel export;

    DeskReportView(DeskReportService reports) {
        this.reports = reports;
        addClassName("fd-desk-report");
        DeskReportRequest month = reports.thisMonth();
        date(from, "report-from", "report.desk.from", month);
        from.setValue(month.from());
        date(to, "report-to", "report.desk.to", month);
        to.setValue(month.to());
        List<Colleague> checkers = reports.checkers();
        checker.setId("report-checker");
        checker.setLabel(getTranslation("report.desk.checker"));
        checker.setPlaceholder(getTranslation("report.desk.any-checker"));
        checker.setItems(checkers);
        checker.setItemLabelGenerator(Colleague::displayName);
        checker.setClearButtonVisible(true);
        checker.setWidth("16rem");
        outlet.setId("report-outlet");
        outlet.setLabel(getTranslation("report.desk.outlet"));
        outlet.setPlaceholder(getTranslation("report.desk.any-outlet"));
        outlet.setItems(reports.outlets());
        outlet.setClearButtonVisible(true);
        outlet.setWidth("16rem");
        format.setId("report-format");
        format.setLabel(getTranslation("report.desk.format"));
        format.setItems(reports.formats());
        format.setItemLabelGenerator(item -> getTranslation("report.desk.format." + item.name()));
        format.setValue(reports.formats().getFirst());
        count.setId("report-count");
        count.addClassName("fd-report-count");
        export = new DeskExportPanel(reports, this::request, format::getValue);
        FlexLayout choice = new FlexLayout(from, to, checker, outlet);
        choice.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        choice.setAlignItems(FlexComponent.Alignment.BASELINE);
        choice.addClassName("fd-filter-bar");
        add(new Paragraph(getTranslation("report.desk.intro")), choice, format, count, export);
        List.<HasValue<?, ?>>of(from, to, checker, outlet).forEach(field -> field.addValueChangeListener(
                event -> {
                    export.choiceChanged();
                    recount();
                }));
        format.addValueChangeListener(event -> export.choiceChanged());
        recount();
    }

    private void date(DatePicker picker, String id, String labelKey, DeskReportRequest month) {
        picker.setId(id);
        picker.setLabel(getTranslation(labelKey));
        picker.setLocale(getLocale());
        picker.setRequired(true);
        picker.setInitialPosition(month.from());
    }

    /** The user's choice, or nothing while a date is missing. */
    private Optional<DeskReportRequest> request() {
        if (from.getValue() == null || to.getValue() == null) {
            return Optional.empty();
        }
        Colleague colleague = checker.getValue();
        return Optional.of(new DeskReportRequest(from.getValue(), to.getValue(),
                colleague == null ? null : colleague.username(), outlet.getValue()));
    }

    /** Shows how many claims the choice holds, or why there is no report to make. */
    private void recount() {
        to.setInvalid(false);
        Optional<DeskReportRequest> request = request();
        long claims = 0;
        if (request.isPresent()) {
            try {
                claims = reports.count(request.get());
            } catch (RefusedException refused) {
                to.setErrorMessage(getTranslation(refused.key()));
                to.setInvalid(true);
            }
        }
        boolean valid = request.isPresent() && !to.isInvalid();
        count.setVisible(valid);
        count.setText(claims == 0 ? getTranslation("report.desk.count.none")
                : getTranslation("report.desk.count.some", claims));
        export.setExportable(valid && claims > 0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.desk.nav");
    }
}
