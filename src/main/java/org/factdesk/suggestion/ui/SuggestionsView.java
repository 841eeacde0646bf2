package org.factdesk.suggestion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.extraction.DeskTraining;
import org.factdesk.security.AppRoles;
import org.factdesk.suggestion.Agreement;
import org.factdesk.suggestion.AgreementPoint;
import org.factdesk.suggestion.DeskModelItem;
import org.factdesk.suggestion.LanguageAgreement;
import org.factdesk.suggestion.SuggestionService;

/**
 * Administrators see how well the check-worthiness suggestions agree with the desk's own decisions, per language:
 * precision, recall and F1 over the most recent decisions, and F1 over time as a bar chart drawn with plain CSS.
 */
@Route("admin/suggestions")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 95, title = "suggestion.nav", icon = "vaadin:lightbulb")
class SuggestionsView extends VerticalLayout implements HasDynamicTitle {

    private final SuggestionService suggestions;
    private final DeskSettingsService desk;

    SuggestionsView(SuggestionService suggestions, DeskSettingsService desk) {
        this.suggestions = suggestions;
        this.desk = desk;
        show();
    }

    private void show() {
        removeAll();
        add(new Paragraph(getTranslation("suggestion.intro", SuggestionService.RECENT)));
        List<LanguageAgreement> languages = suggestions.agreement();
        if (languages.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("suggestion.empty"));
            empty.setId("suggestion-empty");
            add(empty);
        }
        for (LanguageAgreement language : languages) {
            add(section(language));
        }
    }

    private Div section(LanguageAgreement figures) {
        Div section = new Div();
        section.setId("suggestion-" + figures.language());
        section.addClassName("fd-suggestion-language");
        Locale ui = getLocale();
        String name = Locale.forLanguageTag(figures.language()).getDisplayLanguage(ui);
        // French names languages in lower case ("anglais"); a heading starts with a capital.
        section.add(new H3(name.isEmpty() ? figures.language()
                : name.substring(0, 1).toUpperCase(ui) + name.substring(1)));
        Agreement recent = figures.recent();
        Paragraph summary = new Paragraph(getTranslation("suggestion.summary", recent.decisions(), figures.labels()));
        summary.addClassName("fd-suggestion-summary");
        Div numbers = new Div(figure("precision", recent.precision(), ui), figure("recall", recent.recall(), ui),
                figure("f1", recent.f1(), ui));
        numbers.addClassName("fd-suggestion-figures");
        section.add(summary, numbers, chart(figures.history(), ui), models(figures, ui));
        return section;
    }

    /** The desk's own model of the language: its figures, the training button and the way back. */
    private Div models(LanguageAgreement figures, Locale ui) {
        String language = figures.language();
        Div models = new Div();
        models.addClassName("fd-suggestion-models");
        Paragraph state = new Paragraph();
        state.setId("suggestion-model-" + language);
        Optional<DeskModelItem> latest = suggestions.latestModel(language);
        Optional<DeskModelItem> active = suggestions.activeModel(language);
        if (latest.isEmpty()) {
            state.setText(getTranslation(figures.labels() < DeskTraining.MIN_LABELS ? "suggestion.model.too-few"
                    : "suggestion.model.none", figures.labels(), DeskTraining.MIN_LABELS));
        } else {
            DeskModelItem model = latest.get();
            DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(ui).withZone(desk.zone());
            state.setText(getTranslation(model.active() ? "suggestion.model.active" : "suggestion.model.kept-shipped",
                    when.format(model.createdAt()), model.trained(), model.heldBack(),
                    String.format(ui, "%.2f", model.f1Before()), String.format(ui, "%.2f", model.f1After())));
        }
        Button train = new Button(getTranslation("suggestion.train"), click -> train(language));
        train.setId("suggestion-train-" + language);
        train.setEnabled(figures.labels() >= DeskTraining.MIN_LABELS);
        Button shipped = new Button(getTranslation("suggestion.use-shipped"), click -> {
            suggestions.useShipped(language);
            Notifications.success(this, "suggestion.shipped-again");
            show();
        });
        shipped.setId("suggestion-shipped-" + language);
        shipped.setVisible(active.isPresent());
        shipped.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        models.add(state, new HorizontalLayout(train, shipped));
        return models;
    }

    private void train(String language) {
        try {
            DeskModelItem model = suggestions.train(language);
            Notifications.success(this, model.active() ? "suggestion.trained.active"
                    : "suggestion.trained.kept-shipped");
        } catch (RefusedException refused) {
            Notifications.error(this, refused.key(), refused.params());
        }
        show();
    }

    private Div figure(String key, double value, Locale ui) {
        Span label = new Span(getTranslation("suggestion." + key));
        label.addClassName("fd-label");
        Span number = new Span(String.format(ui, "%.2f", value));
        number.addClassName("fd-suggestion-" + key);
        Div figure = new Div(label, number);
        figure.addClassName("fd-suggestion-figure");
        return figure;
    }

    /** One bar per block of decisions, its height the block's F1; the date and figure are in its tooltip. */
    private Div chart(List<AgreementPoint> history, Locale ui) {
        Div chart = new Div();
        chart.addClassName("fd-suggestion-chart");
        chart.getElement().setAttribute("role", "img");
        chart.getElement().setAttribute("aria-label", getTranslation("suggestion.chart"));
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(ui)
                .withZone(desk.zone());
        for (AgreementPoint point : history) {
            Div bar = new Div();
            bar.addClassName("fd-suggestion-bar");
            bar.getStyle().set("height", Math.round(point.agreement().f1() * 100) + "%");
            bar.setTitle(getTranslation("suggestion.bar", date.format(point.until()),
                    String.format(ui, "%.2f", point.agreement().f1()), point.agreement().decisions()));
            chart.add(bar);
        }
        return chart;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("suggestion.nav");
    }
}
