package org.factdesk.workflow.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.factdesk.base.ui.DateFields;
import org.factdesk.base.ui.MultiSelectTexts;
import org.factdesk.claim.ClaimFilter;
import org.factdesk.claim.ClaimQueryService;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.rating.RatingItem;
import org.factdesk.security.Colleague;

/**
 * The claim list's filters: status, assignee, verdict, a due-date range, overdue only, text. {@link #filter()} and
 * {@link #show(ClaimFilter)} translate to and from the service's.
 */
class ClaimFilterBar extends FlexLayout {

    private final MultiSelectComboBox<ClaimStatus> status = new MultiSelectComboBox<>();
    private final ComboBox<Colleague> assignee = new ComboBox<>();
    private final ComboBox<RatingItem> rating = new ComboBox<>();
    private final Checkbox overdue = new Checkbox();
    private final Checkbox candidates = new Checkbox();
    private final DatePicker dueFrom = DateFields.create();
    private final DatePicker dueTo = DateFields.create();
    private final TextField text = new TextField();
    private final List<Colleague> colleagues;
    private final List<RatingItem> ratings;
    /** Set while the address's filter is shown, so that showing it does not navigate again. */
    private boolean showing;

    ClaimFilterBar(List<Colleague> colleagues, List<RatingItem> ratings) {
        this.colleagues = colleagues;
        this.ratings = ratings;
        status.setId("filter-status");
        status.setLabel(getTranslation("claim.status"));
        status.setItems(ClaimStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("claim.status." + value.name()));
        MultiSelectTexts.localize(status);
        assignee.setId("filter-assignee");
        assignee.setLabel(getTranslation("claims.list.assignee"));
        assignee.setItems(colleagues);
        assignee.setItemLabelGenerator(Colleague::displayName);
        assignee.setClearButtonVisible(true);
        rating.setId("filter-rating");
        rating.setLabel(getTranslation("claims.list.rating"));
        rating.setItems(ratings);
        rating.setItemLabelGenerator(item -> item.label(getLocale()));
        rating.setClearButtonVisible(true);
        overdue.setId("filter-overdue");
        overdue.setLabel(getTranslation("claims.list.overdue-only"));
        candidates.setId("filter-candidates");
        candidates.setLabel(getTranslation("claims.list.candidates"));
        dueRange();
        text.setId("filter-text");
        text.setLabel(getTranslation("claims.list.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(ClaimService.STATEMENT_MAX);
        text.setHelperText(getTranslation("claims.list.text.help", ClaimQueryService.TEXT_MATCHES));
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("fd-filter-bar");
        add(status, assignee, rating, dueFrom, dueTo, overdue, candidates, text);
    }

    /** From and until which due date (both included); each bounds the other, so a reversed range is pointed out. */
    private void dueRange() {
        dueFrom.setId("filter-due-from");
        dueFrom.setLabel(getTranslation("claims.list.due-from"));
        dueTo.setId("filter-due-to");
        dueTo.setLabel(getTranslation("claims.list.due-to"));
        for (DatePicker field : List.of(dueFrom, dueTo)) {
            field.setLocale(getLocale());
            field.setClearButtonVisible(true);
            field.addClassName("fd-filter-date");
            DateFields.localize(field);
        }
        dueFrom.addValueChangeListener(event -> dueTo.setMin(event.getValue()));
        dueTo.addValueChangeListener(event -> dueFrom.setMax(event.getValue()));
    }

    ClaimFilter filter() {
        Colleague colleague = assignee.getValue();
        RatingItem item = rating.getValue();
        return new ClaimFilter(Set.copyOf(status.getValue()), colleague == null ? null : colleague.username(), null,
                item == null ? null : item.id(), overdue.getValue(), text.getValue(), dueFrom.getValue(),
                dueTo.getValue());
    }

    /** Whether the candidates are asked for (they are left out unless asked for, or their status chosen). */
    boolean candidates() {
        return candidates.getValue();
    }

    void show(ClaimFilter filter, boolean withCandidates) {
        showing = true;
        try {
            showValues(filter);
            candidates.setValue(withCandidates);
        } finally {
            showing = false;
        }
    }

    private void showValues(ClaimFilter filter) {
        status.setValue(filter.statuses());
        assignee.setValue(colleagues.stream().filter(c -> c.username().equals(filter.assignee())).findFirst()
                .orElse(null));
        rating.setValue(ratings.stream().filter(r -> Objects.equals(r.id(), filter.ratingId())).findFirst()
                .orElse(null));
        overdue.setValue(filter.overdueOnly());
        dueFrom.setValue(filter.dueFrom());
        dueTo.setValue(filter.dueTo());
        text.setValue(filter.text());
    }

    void onChange(Runnable listener) {
        List.<HasValue<?, ?>>of(status, assignee, rating, dueFrom, dueTo, overdue, candidates, text)
                .forEach(field -> field.addValueChangeListener(event -> {
                    if (!showing) {
                        listener.run();
                    }
                }));
    }
}
