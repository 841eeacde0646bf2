package org.factdesk.claim.ui;

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
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.factdesk.base.ui.FieldErrors;
import org.factdesk.claim.ClaimDetails;
import org.factdesk.rating.RatingItem;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.claim.ResearchService;
import org.factdesk.claim.VerdictData;

/**
 * The verdict in progress: a rating of the active scale and the rationale, with the room left shown as one types.
 * Read-only for whoever may not research the claim, and once it left research.
 */
class VerdictSection extends VerticalLayout implements Rebasing {

    /** The version the verdict is saved against: a colleague's change elsewhere on the claim moves it on. */
    private ClaimDetails saved;

    VerdictSection(ResearchService research, RatingScaleService ratings, ClaimDetails claim,
                   Predicate<Runnable> act) {
        this.saved = claim;
        setId("verdict-section");
        setPadding(false);
        add(new H3(getTranslation("claim.verdict")));
        Select<RatingItem> rating = new Select<>();
        rating.setId("verdict-rating");
        rating.setLabel(getTranslation("claim.rating"));
        rating.setItems(choices(ratings, claim));
        rating.setItemLabelGenerator(item -> item == null ? getTranslation("claim.rating-none")
                : item.label(getLocale()));
        rating.setEmptySelectionAllowed(true);
        rating.setEmptySelectionCaption(getTranslation("claim.rating-none"));
        ratings.all().stream().filter(item -> Objects.equals(item.id(), claim.ratingId())).findFirst()
                .ifPresent(rating::setValue);
        TextArea rationale = new TextArea(getTranslation("claim.rationale"));
        rationale.setId("verdict-rationale");
        rationale.setWidthFull();
        rationale.setMinHeight("8rem");
        rationale.setMaxLength(VerdictData.RATIONALE_MAX);
        rationale.setValueChangeMode(ValueChangeMode.EAGER);
        rationale.setValue(Objects.requireNonNullElse(claim.rationale(), ""));
        rationale.setHelperText(room(rationale.getValue()));
        rationale.addValueChangeListener(event -> rationale.setHelperText(room(event.getValue())));
        add(rating, rationale);
        if (!claim.mayResearch()) {
            rating.setReadOnly(true);
            rationale.setReadOnly(true);
            return;
        }
        FieldErrors errors = new FieldErrors(this, Map.<String, HasValidation>of("ratingId", rating,
                "rationale", rationale));
        Button save = new Button(getTranslation("claim.verdict-save"), click -> {
            errors.clear();
            try {
                act.test(() -> research.saveVerdict(saved.id(), saved.version(), new VerdictData(
                        rating.getValue() == null ? null : rating.getValue().id(), rationale.getValue())));
            } catch (ConstraintViolationException e) {
                errors.show(e);
            }
        });
        save.setId("verdict-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save, new Paragraph(getTranslation("claim.submit-help")));
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

    /** The active ratings, plus the claim's own rating if it was retired since. */
    private static List<RatingItem> choices(RatingScaleService ratings, ClaimDetails claim) {
        List<RatingItem> choices = new ArrayList<>(ratings.active());
        ratings.all().stream().filter(item -> item.retired() && Objects.equals(item.id(), claim.ratingId()))
                .forEach(choices::add);
        return choices;
    }

    private String room(String text) {
        return getTranslation("claim.rationale-room", text.length(), VerdictData.RATIONALE_MAX);
    }
}
