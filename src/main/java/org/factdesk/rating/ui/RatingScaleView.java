package org.factdesk.rating.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.rating.RatingItem;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.security.AppRoles;
import org.jspecify.annotations.Nullable;

/**
 * Administrators edit the rating scale: labels, descriptions, colours and ClaimReview numbers, the order, and which
 * ratings new verdicts may still use.
 */
@Route("admin/ratings")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 92, title = "nav.ratings", icon = "vaadin:scale")
class RatingScaleView extends VerticalLayout implements HasDynamicTitle {

    /** Shown for ratings off the true–false axis, which have no number. */
    static final String NO_VALUE = "—";

    private final RatingScaleService scale;
    private final Grid<RatingItem> grid = new Grid<>();
    private List<RatingItem> items = List.of();

    RatingScaleView(RatingScaleService scale) {
        this.scale = scale;
        setSizeFull();
        Button create = new Button(getTranslation("rating.create"), VaadinIcon.PLUS.create(),
                click -> new RatingDialog(scale, null, this::refresh).open());
        create.setId("rating-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Span help = new Span(getTranslation("rating.help"));
        help.addClassName("fd-field-message");
        configureGrid();
        add(create, help, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("ratings-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(rating -> RatingBadge.swatch(rating.colour()))
                .setHeader(getTranslation("rating.colour")).setAutoWidth(true).setFlexGrow(0);
        // Labels and status wrap in columns of their own width (the grid wraps cell content), rather than widening to
        // their longest text: at 820 px the scale must fit without scrolling sideways.
        grid.addColumn(RatingItem::labelEn).setHeader(getTranslation("rating.label-en")).setWidth("7.5rem")
                .setFlexGrow(0).setPartNameGenerator(rating -> "fd-rating-text");
        grid.addColumn(RatingItem::labelFr).setHeader(getTranslation("rating.label-fr")).setWidth("7.5rem")
                .setFlexGrow(0).setPartNameGenerator(rating -> "fd-rating-text");
        grid.addColumn(rating -> rating.ratingValue() == null ? NO_VALUE : rating.ratingValue().toString())
                .setHeader(getTranslation("rating.value")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(rating -> {
            String description = rating.description(getLocale());
            return description == null ? "" : description;
        }).setHeader(getTranslation("rating.description")).setWidth("6.5rem").setFlexGrow(1)
                .setPartNameGenerator(rating -> "fd-rating-text");
        grid.addColumn(this::status).setHeader(getTranslation("rating.status")).setWidth("5.5rem").setFlexGrow(0);
        // A fixed width whose buttons wrap onto two lines: at 820 px the scale fits without scrolling sideways.
        grid.addComponentColumn(this::actions).setHeader(getTranslation("rating.actions")).setWidth("10rem")
                .setFlexGrow(0);
        grid.setSizeFull();
    }

    private String status(RatingItem rating) {
        String status = getTranslation(rating.retired() ? "rating.retired" : "rating.active");
        return rating.inUse() ? status + " · " + getTranslation("rating.in-use") : status;
    }

    private Component actions(RatingItem rating) {
        Button edit = small(getTranslation("rating.edit"), "rating-edit-" + rating.id(),
                () -> new RatingDialog(scale, rating, this::refresh).open());
        Button up = icon(VaadinIcon.ARROW_UP, getTranslation("rating.up"), "rating-up-" + rating.id(),
                () -> change(() -> scale.move(rating.id(), -1), null));
        up.setEnabled(!items.isEmpty() && items.getFirst().id() != rating.id());
        Button down = icon(VaadinIcon.ARROW_DOWN, getTranslation("rating.down"), "rating-down-" + rating.id(),
                () -> change(() -> scale.move(rating.id(), 1), null));
        down.setEnabled(!items.isEmpty() && items.getLast().id() != rating.id());
        Button retire = rating.retired()
                ? small(getTranslation("rating.reinstate"), "rating-retire-" + rating.id(),
                        () -> change(() -> scale.reinstate(rating.id()), "rating.reinstated"))
                : small(getTranslation("rating.retire"), "rating-retire-" + rating.id(),
                        () -> change(() -> scale.retire(rating.id()), "rating.retired-done"));
        Button delete = small(getTranslation("rating.delete"), "rating-delete-" + rating.id(),
                () -> new RatingDeleteDialog(rating, getLocale(), () -> change(() -> scale.delete(rating.id()),
                        "rating.deleted")).open());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        if (rating.inUse()) {
            delete.setEnabled(false);
            delete.setTooltipText(getTranslation("rating.delete-in-use"));
        }
        HorizontalLayout actions = new HorizontalLayout(up, down, edit, retire, delete);
        actions.getStyle().set("flex-wrap", "wrap");
        actions.setSpacing(false);
        return actions;
    }

    private Button small(String label, String id, Runnable action) {
        Button button = new Button(label, click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private Button icon(VaadinIcon icon, String label, String id, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.setId(id);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE,
                ButtonVariant.LUMO_ICON);
        return button;
    }

    private void change(Runnable action, @Nullable String doneKey) {
        try {
            action.run();
            if (doneKey != null) {
                Notifications.success(this, doneKey);
            }
        } catch (RefusedException e) {
            Notifications.error(this, e.key(), e.params());
        }
        refresh();
    }

    private void refresh() {
        items = scale.all();
        grid.setItems(items);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ratings");
    }
}
