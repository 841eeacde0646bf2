package org.factdesk.find.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.stream.Stream;
import org.factdesk.base.HeaderItem;
import org.factdesk.find.SearchRequest;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;

/**
 * The search field in the header of every signed-in page: Enter opens the results screen with the words in its
 * address ({@code search?q=...}), so a search can be bookmarked and shared. Hidden from whoever may read nothing.
 */
@org.springframework.stereotype.Component
class SearchField implements HeaderItem {

    private final CurrentUser currentUser;

    SearchField(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Component create() {
        if (Stream.of(AppRoles.ADMIN, AppRoles.EDITOR, AppRoles.CHECKER, AppRoles.VIEWER)
                .noneMatch(currentUser::hasRole)) {
            Span nothing = new Span();
            nothing.setVisible(false);
            return nothing;
        }
        TextField field = new TextField();
        field.setId("header-search");
        field.addClassName("fd-header-search");
        field.setPlaceholder(field.getTranslation("search.placeholder"));
        field.setAriaLabel(field.getTranslation("search.label"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setMaxLength(SearchRequest.MAX_LENGTH);
        field.setClearButtonVisible(true);
        field.addKeyPressListener(Key.ENTER, enter -> {
            String words = field.getValue().strip();
            if (!words.isEmpty()) {
                UI.getCurrent().navigate(SearchView.class, new QueryParameters(Map.of("q", java.util.List.of(words))));
                field.clear();
            }
        });
        return field;
    }

    /** First in the header, before the bell. */
    @Override
    public int order() {
        return -200;
    }
}
