package org.factdesk.claim.ui;

import org.factdesk.base.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.factdesk.base.ui.FieldErrors;
import org.factdesk.base.ui.Markup;
import org.factdesk.claim.ClaimDetails;
import org.factdesk.rating.RatingItem;
import org.factdesk.claim.ResearchService;
import org.factdesk.claim.VerdictData;
import org.jsoup.nodes.Element;

/**
 * The verdict in progress: a rating of the active scale and the rationale, with the room left shown as one types.
 * Whoever may not research the claim, or once it left research, sees {@link #readOnly} instead.
 */
class VerdictSection extends VerticalLayout implements Rebasing {

    /** The version the verdict is saved against: a colleague's change elsewhere on the claim moves it on. */
    private ClaimDetails saved;
    private final Select<RatingItem> rating = new Select<>();
    private final TextArea rationale;
    private final FieldErrors errors;

    /** With {@code scale}, every rating in order, retired ones included ({@link PageReads#scale()}). */
    VerdictSection(ResearchService research, List<RatingItem> scale, ClaimDetails claim, Predicate<Runnable> act) {
        this.saved = claim;
        setId("verdict-section");
        setPadding(false);
        add(new H3(getTranslation("claim.verdict")));
        rating.setId("verdict-rating");
        rating.setLabel(getTranslation("claim.rating"));
        // The scale as the page read it (one statement, no claim read): the choices and the rating come from it.
        rating.setItems(choices(scale, claim));
        rating.setItemLabelGenerator(item -> item == null ? getTranslation("claim.rating-none")
                : item.label(getLocale()));
        rating.setEmptySelectionAllowed(true);
        rating.setEmptySelectionCaption(getTranslation("claim.rating-none"));
        scale.stream().filter(item -> Objects.equals(item.id(), claim.ratingId())).findFirst()
                .ifPresent(rating::setValue);
        rationale = new TextArea(getTranslation("claim.rationale"));
        rationale.setId("verdict-rationale");
        rationale.setWidthFull();
        rationale.setMinHeight("8rem");
        rationale.setMaxLength(VerdictData.RATIONALE_MAX);
        rationale.setValueChangeMode(ValueChangeMode.EAGER);
        rationale.setValue(Objects.requireNonNullElse(claim.rationale(), ""));
        rationale.setHelperText(room(rationale.getValue()));
        rationale.addValueChangeListener(event -> rationale.setHelperText(room(event.getValue())));
        add(rating, rationale);
        errors = new FieldErrors(this, Map.<String, HasValidation>of("ratingId", rating, "rationale", rationale));
        Button save = new Button(getTranslation("claim.verdict-save"), click -> {
            errors.clear();
            try {
                if (act.test(() -> research.saveVerdict(saved.id(), saved.version(), onScreen()))) {
                    Notifications.success(this, "claim.verdict-saved");
                }
            } catch (ConstraintViolationException e) {
                errors.show(e);
            }
        });
        save.setId("verdict-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save, new Paragraph(getTranslation("claim.submit-help")));
    }

    /** The verdict as the user has it on screen, saved or not: what Submit saves before it submits. */
    VerdictData onScreen() {
        return new VerdictData(rating.getValue() == null ? null : rating.getValue().id(), rationale.getValue());
    }

    /** The version of the claim the verdict on screen was read from, or rebased to. */
    long version() {
        return saved.version();
    }

    /** Shows what is wrong with the verdict on screen, field by field, or clears it with {@code null}. */
    void showErrors(@org.jspecify.annotations.Nullable ConstraintViolationException invalid) {
        errors.clear();
        if (invalid != null) {
            errors.show(invalid);
        }
    }

    /** Marks the field a refusal names (a submission without a rating or a rationale). */
    void showRefusal(org.factdesk.base.RefusedException refusal) {
        String field = refusal.field();
        if (field != null) {
            errors.show(field, refusal.key(), refusal.params());
        }
    }

    @Override
    public boolean rebase(ClaimDetails fresh) {
        if (!Objects.equals(fresh.ratingId(), saved.ratingId()) || !Objects.equals(fresh.rationale(), saved.rationale())
                || fresh.mayResearch() != saved.mayResearch()) {
            return false;
        }
        saved = fresh;
        return true;
    }

    /**
     * The verdict for whoever may not research the claim, or once it left research: the same fields, read-only, drawn
     * as one node with the web components' own tags. As components (a select with its list, a text area, their
     * listeners) they were a twentieth of each opening of a claim by a reader (decision 027, seventh pass).
     */
    static Component readOnly(Component page, Locale locale, List<RatingItem> scale, ClaimDetails claim) {
        // As the components were: a vertical layout of full width without padding, a text area of full width.
        Element section = Markup.block("vaadin-vertical-layout").attr("id", "verdict-section")
                .attr("theme", "spacing").attr("style", "width: 100%;").attr("data-width-full", "");
        Markup.text(section, "h3", page.getTranslation("claim.verdict"));
        String rating = scale.stream().filter(item -> Objects.equals(item.id(), claim.ratingId())).findFirst()
                .map(item -> item.label(locale)).orElse(page.getTranslation("claim.rating-none"));
        Markup.readOnlyField(section, "vaadin-text-field", page.getTranslation("claim.rating"), rating)
                .attr("id", "verdict-rating");
        String rationale = Objects.requireNonNullElse(claim.rationale(), "");
        Markup.readOnlyField(section, "vaadin-text-area", page.getTranslation("claim.rationale"), rationale)
                .attr("id", "verdict-rationale").attr("helper-text", page.getTranslation("claim.rationale-room",
                        rationale.length(), VerdictData.RATIONALE_MAX))
                .attr("style", "width: 100%; min-height: 8rem;").attr("data-width-full", "");
        return Markup.html(section);
    }

    /** The active ratings, plus the claim's own rating if it was retired since. */
    private static List<RatingItem> choices(List<RatingItem> scale, ClaimDetails claim) {
        List<RatingItem> choices = new ArrayList<>(scale.stream().filter(item -> !item.retired()).toList());
        scale.stream().filter(item -> item.retired() && Objects.equals(item.id(), claim.ratingId()))
                .forEach(choices::add);
        return choices;
    }

    private String room(String text) {
        return getTranslation("claim.rationale-room", text.length(), VerdictData.RATIONALE_MAX);
    }
}
