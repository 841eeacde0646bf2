package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.factdesk.base.ui.DateFields;
import org.factdesk.base.ui.FieldErrors;
import org.factdesk.base.ui.Formats;
import org.factdesk.base.ui.Markup;
import org.factdesk.claim.ClaimDetails;
import org.factdesk.claim.ClaimantData;
import org.factdesk.claim.ResearchService;
import org.jsoup.nodes.Element;

/** Who made the claim and when, for whoever may research the claim; everyone else sees {@link #readOnly}. */
class ClaimantForm extends HorizontalLayout implements Rebasing {

    /** The version the claimant is saved against: a colleague's change elsewhere on the claim moves it on. */
    private ClaimDetails saved;

    ClaimantForm(ResearchService research, ClaimDetails claim, Predicate<Runnable> act) {
        this.saved = claim;
        setId("claimant-form");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
        TextField claimant = new TextField(getTranslation("claim.claimant"));
        claimant.setId("claim-claimant");
        claimant.setMaxLength(ClaimantData.CLAIMANT_MAX);
        claimant.setValue(Objects.requireNonNullElse(claim.claimant(), ""));
        claimant.setPlaceholder(getTranslation("claim.claimant-placeholder"));
        // Wide enough for the French placeholder and for an organisation's name.
        claimant.setWidth("16rem");
        DatePicker date = DateFields.labelled(getTranslation("claim.claim-date"));
        date.setId("claim-date");
        date.setMax(LocalDate.now());
        date.setValue(claim.claimDate());
        add(claimant, date);
        FieldErrors errors = new FieldErrors(this, Map.<String, HasValidation>of("claimant", claimant,
                "claimDate", date));
        Button save = new Button(getTranslation("claim.claimant-save"), click -> {
            errors.clear();
            try {
                act.test(() -> research.describeClaimant(saved.id(), saved.version(),
                        new ClaimantData(claimant.getValue(), date.getValue())));
            } catch (ConstraintViolationException e) {
                errors.show(e);
            }
        });
        save.setId("claimant-save");
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(save);
    }

    /**
     * Who made the claim and when, read-only: the two fields drawn as one node with the text field's own tag, the date
     * written as the page writes dates (the history, the sources).
     */
    static Component readOnly(Component page, Locale locale, ClaimDetails claim) {
        Element form = Markup.block("vaadin-horizontal-layout").attr("id", "claimant-form").attr("theme", "spacing")
                .attr("style", "align-items: baseline; flex-wrap: wrap;");
        Markup.readOnlyField(form, "vaadin-text-field", page.getTranslation("claim.claimant"),
                Objects.requireNonNullElse(claim.claimant(), "")).attr("id", "claim-claimant")
                .attr("style", "width: 16rem;");
        Markup.readOnlyField(form, "vaadin-text-field", page.getTranslation("claim.claim-date"),
                Formats.date(claim.claimDate(), locale)).attr("id", "claim-date");
        return Markup.html(form);
    }

    @Override
    public boolean rebase(ClaimDetails fresh) {
        if (!Objects.equals(fresh.claimant(), saved.claimant()) || !Objects.equals(fresh.claimDate(), saved.claimDate())
                || fresh.mayResearch() != saved.mayResearch()) {
            return false;
        }
        saved = fresh;
        return true;
    }
}
