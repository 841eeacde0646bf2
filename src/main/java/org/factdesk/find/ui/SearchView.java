package org.factdesk.find.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.DateFields;
import org.factdesk.base.ui.Formats;
import org.factdesk.base.ui.MultiSelectTexts;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.find.EverythingSearch;
import org.factdesk.find.SearchHit;
import org.factdesk.find.SearchKind;
import org.factdesk.find.SearchRequest;
import org.factdesk.find.SearchResults;
import org.factdesk.find.Segment;
import org.factdesk.security.AppRoles;
import org.jspecify.annotations.Nullable;

/**
 * The results of the header's search, grouped by kind, the matched words marked, each leading to its page. The
 * words and filters live in the address ({@code q}, {@code kind}, {@code status}, {@code from}, {@code to},
 * {@code lang}), so a search can be bookmarked, shared and reached with the browser's back button.
 */
@Route("search")
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR, AppRoles.CHECKER, AppRoles.VIEWER})
class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EverythingSearch search;
    private final TextField words = new TextField();
    private final CheckboxGroup<SearchKind> kinds = new CheckboxGroup<>();
    private final MultiSelectComboBox<ClaimStatus> statuses = new MultiSelectComboBox<>();
    private final DatePicker from;
    private final DatePicker to;
    private final Select<String> language = new Select<>();
    private final Span message = new Span();
    private final Div results = new Div();

    SearchView(EverythingSearch search) {
        this.search = search;
        addClassName("fd-search-view");
        setWidthFull();

        words.setId("search-query");
        words.setLabel(getTranslation("search.label"));
        words.setClearButtonVisible(true);
        words.setWidth("24em");
        words.addKeyPressListener(Key.ENTER, enter -> submit());

        kinds.setId("search-kinds");
        kinds.setLabel(getTranslation("search.kinds"));
        kinds.setItems(SearchKind.values());
        kinds.setItemLabelGenerator(kind -> getTranslation("search.kind." + kind.name()));

        statuses.setId("search-statuses");
        statuses.setLabel(getTranslation("search.statuses"));
        statuses.setItems(ClaimStatus.values());
        statuses.setItemLabelGenerator(status -> getTranslation("claim.status." + status.name()));
        MultiSelectTexts.localize(statuses);
        statuses.setHelperText(getTranslation("search.statuses.help"));

        from = DateFields.labelled(getTranslation("search.from"));
        from.setId("search-from");
        to = DateFields.labelled(getTranslation("search.to"));
        to.setId("search-to");

        language.setId("search-language");
        language.setLabel(getTranslation("search.language"));
        language.setItems("", "en", "fr");
        language.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("search.language.any")
                : getTranslation("language." + code));
        language.setValue("");

        Button submit = new Button(getTranslation("search.submit"), click -> submit());
        submit.setId("search-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FlexLayout form = new FlexLayout(words, statuses, from, to, language, submit);
        form.addClassName("fd-search-form");
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        message.setId("search-message");
        message.addClassName("fd-search-message");
        results.setId("search-results");
        results.addClassName("fd-search-results");
        add(form, kinds, message, results);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        words.setValue(first(parameters, "q").orElse(""));
        kinds.setValue(enums(SearchKind.class, parameters.get("kind")));
        statuses.setValue(enums(ClaimStatus.class, parameters.get("status")));
        from.setValue(date(parameters, "from"));
        to.setValue(date(parameters, "to"));
        String lang = first(parameters, "lang").filter(code -> code.equals("en") || code.equals("fr")).orElse("");
        language.setValue(lang);
        show();
    }

    /** Puts the form into the address; entering it again runs the search. */
    private void submit() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("q", List.of(words.getValue().strip()));
        if (!kinds.getValue().isEmpty()) {
            parameters.put("kind", kinds.getValue().stream().sorted().map(Enum::name).toList());
        }
        if (!statuses.getValue().isEmpty()) {
            parameters.put("status", statuses.getValue().stream().sorted().map(Enum::name).toList());
        }
        if (from.getValue() != null) {
            parameters.put("from", List.of(from.getValue().toString()));
        }
        if (to.getValue() != null) {
            parameters.put("to", List.of(to.getValue().toString()));
        }
        if (!language.getValue().isEmpty()) {
            parameters.put("lang", List.of(language.getValue()));
        }
        UI.getCurrent().navigate(SearchView.class, new QueryParameters(parameters));
    }

    private void show() {
        results.removeAll();
        message.setText("");
        if (words.getValue().isBlank()) {
            message.setText(getTranslation("search.hint"));
            return;
        }
        SearchRequest request = new SearchRequest(words.getValue(), kinds.getValue(), statuses.getValue(),
                from.getValue(), to.getValue(), language.getValue());
        SearchResults found;
        try {
            found = search.search(request);
        } catch (RefusedException refused) {
            message.setText(getTranslation(refused.key(), refused.params()));
            return;
        }
        if (found.isEmpty()) {
            message.setText(getTranslation("search.none", words.getValue().strip()));
            return;
        }
        for (SearchResults.Group group : found.groups()) {
            results.add(group(group));
        }
    }

    private Component group(SearchResults.Group group) {
        Section section = new Section();
        section.setId("search-group-" + group.kind().name());
        section.addClassName("fd-search-group");
        H3 heading = new H3(getTranslation("search.group", getTranslation("search.kind." + group.kind().name()),
                group.total()));
        section.add(heading);
        if (group.total() > group.hits().size()) {
            Paragraph more = new Paragraph(getTranslation("search.more", group.hits().size(), group.total()));
            more.addClassName("fd-search-more");
            section.add(more);
        }
        int index = 0;
        for (SearchHit hit : group.hits()) {
            section.add(hit(hit, index++));
        }
        return section;
    }

    private Component hit(SearchHit hit, int index) {
        Div item = new Div();
        item.setId("search-hit-" + hit.kind().name() + "-" + index);
        item.addClassName("fd-search-hit");
        List<Segment> heading = hit.heading().isEmpty() ? List.of(new Segment(
                getTranslation("search.kind." + hit.kind().name()), false)) : hit.heading();
        Component title;
        if (hit.path() != null) {
            title = new Anchor(hit.path(), pieces(heading));
        } else if (hit.externalUrl() != null) {
            Anchor external = new Anchor(hit.externalUrl(), pieces(heading));
            external.setTarget(AnchorTarget.BLANK);
            external.getElement().setAttribute("rel", "noopener noreferrer");
            title = external;
        } else {
            title = new Span(pieces(heading));
        }
        Div titleLine = new Div(title);
        titleLine.addClassName("fd-search-hit-title");
        if (hit.kind() == SearchKind.COMMENT) {
            titleLine.getElement().insertChild(0, new Span(getTranslation("search.comment-by") + " ").getElement());
        }
        item.add(titleLine);
        if (!hit.snippet().isEmpty()) {
            Paragraph snippet = new Paragraph(pieces(hit.snippet()));
            snippet.addClassName("fd-search-snippet");
            item.add(snippet);
        }
        item.add(meta(hit));
        return item;
    }

    private Component meta(SearchHit hit) {
        List<String> parts = new ArrayList<>();
        if (hit.label() != null) {
            parts.add(hit.kind() == SearchKind.CLAIM ? getTranslation("claim.status." + hit.label()) : hit.label());
        }
        if (hit.context() != null) {
            parts.add(getTranslation(hit.kind() == SearchKind.ARTICLE ? "search.outlet" : hit.kind() == SearchKind.CLAIM
                    ? "search.in-article" : "search.on-claim", hit.context()));
        }
        if (hit.date() != null) {
            parts.add(Formats.date(hit.date(), getLocale()));
        }
        if (hit.language() != null && (hit.language().equals("en") || hit.language().equals("fr"))) {
            parts.add(getTranslation("language." + hit.language()));
        }
        Div meta = new Div(new Span(String.join(" · ", parts)));
        meta.addClassName("fd-search-meta");
        return meta;
    }

    /** Segments as components: plain text in spans, matched words in marks; never HTML. */
    private static Component[] pieces(List<Segment> segments) {
        return segments.stream().map(segment -> segment.match() ? new Mark(segment.text())
                : (Component) new Span(segment.text())).toArray(Component[]::new);
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, @Nullable List<String> names) {
        Set<E> values = EnumSet.noneOf(type);
        if (names != null) {
            for (String name : names) {
                for (E value : type.getEnumConstants()) {
                    if (value.name().equals(name)) {
                        values.add(value);
                    }
                }
            }
        }
        return values;
    }

    private static @Nullable LocalDate date(Map<String, List<String>> parameters, String name) {
        try {
            return first(parameters, name).map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
