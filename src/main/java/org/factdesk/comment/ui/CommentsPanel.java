package org.factdesk.comment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import jakarta.validation.ConstraintViolationException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.FieldErrors;
import org.factdesk.base.ui.Formats;
import org.factdesk.base.ui.Markup;
import org.factdesk.base.ui.MultiSelectTexts;
import org.factdesk.base.ui.Notifications;
import org.factdesk.comment.CommentItem;
import org.factdesk.comment.CommentService;
import org.factdesk.security.Colleague;
import org.factdesk.security.UserService;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A claim's comment thread, oldest first, shown as plain text with its line breaks; editors and fact-checkers also
 * get a field to post a comment and mention colleagues.
 */
class CommentsPanel extends VerticalLayout {

    private final CommentService comments;
    /** The colleagues: the claim page's, read once per drawing of the page (the thread refreshes with it). */
    private final Supplier<List<Colleague>> colleagues;
    private final long claimId;
    private final ZoneId zone;
    private final Div thread = new Div();
    private final H3 title = new H3();

    CommentsPanel(CommentService comments, UserService users, long claimId, boolean canComment) {
        this(comments, users::colleagues, claimId, canComment, browserZone());
    }

    /** With the colleagues as someone read them ({@code UserService.colleagues()}), and the zone to show times in. */
    CommentsPanel(CommentService comments, Supplier<List<Colleague>> colleagues, long claimId, boolean canComment,
                  ZoneId zone) {
        this.comments = comments;
        this.colleagues = colleagues;
        this.claimId = claimId;
        this.zone = zone;
        setId("comments-panel");
        setPadding(false);
        addClassName("fd-comments");
        thread.addClassName("fd-comment-thread");
        add(title, thread);
        // The colleagues read once for the mentions' picker and the names in the thread.
        List<Colleague> known = colleagues.get();
        if (canComment) {
            add(form(known));
        }
        refresh(known);
    }

    /** Reads the thread again. */
    void refresh() {
        refresh(colleagues.get());
    }

    private void refresh(List<Colleague> colleagues) {
        thread.removeAll();
        List<CommentItem> items = comments.list(claimId);
        title.setText(getTranslation("comments.title", items.size()));
        Map<String, String> names = colleagues.stream()
                .collect(Collectors.toMap(Colleague::username, Colleague::displayName));
        items.forEach(item -> thread.add(comment(item, username -> names.getOrDefault(username, username))));
        if (items.isEmpty()) {
            thread.add(new Paragraph(getTranslation("comments.none")));
        }
    }

    /** A comment is read-only text: drawn as one node (author, time, body as text, mentions). */
    private Component comment(CommentItem item, Function<String, String> displayName) {
        Element comment = Markup.block("div", "fd-comment").attr("id", "comment-" + item.id());
        Element head = comment.appendElement("div").addClass("fd-comment-head");
        Markup.text(head, "span", item.authorName(), "fd-comment-author");
        Markup.text(head, "span", Formats.dateTime(item.createdAt(), zone, getLocale()), "fd-comment-when");
        Markup.text(comment, "div", item.body(), "fd-comment-body");
        if (!item.mentions().isEmpty()) {
            String mentioned = item.mentions().stream().map(displayName).sorted().collect(Collectors.joining(", "));
            Markup.text(comment, "span", getTranslation("comments.mentioned", mentioned), "fd-comment-mentions");
        }
        return Markup.html(comment);
    }

    private Component form(List<Colleague> colleagues) {
        TextArea body = new TextArea(getTranslation("comments.body"));
        body.setId("comment-body");
        body.setWidthFull();
        body.setMaxLength(CommentService.BODY_MAX);
        body.setValueChangeMode(ValueChangeMode.EAGER);
        body.setHelperText(length(0));
        body.addValueChangeListener(event -> body.setHelperText(length(event.getValue().length())));
        MultiSelectComboBox<Colleague> mentions = new MultiSelectComboBox<>(getTranslation("comments.mentions"));
        mentions.setId("comment-mentions");
        mentions.setWidthFull();
        mentions.setItems(colleagues);
        mentions.setItemLabelGenerator(Colleague::displayName);
        MultiSelectTexts.localize(mentions);
        FieldErrors errors = new FieldErrors(this, Map.<String, HasValidation>of("body", body));
        Button post = new Button(getTranslation("comments.post"), click -> {
            errors.clear();
            if (post(body.getValue(), mentions.getValue(), errors)) {
                body.clear();
                mentions.clear();
                refresh();
            }
        });
        post.setId("comment-post");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(body, mentions, post);
        form.addClassName("fd-comment-form");
        form.setWidthFull();
        return form;
    }

    private boolean post(String body, Set<Colleague> picked, FieldErrors errors) {
        try {
            comments.post(claimId, body, picked.stream().map(Colleague::username).collect(Collectors.toSet()));
            return true;
        } catch (ConstraintViolationException e) {
            errors.show(e).forEach(message -> Notification.show(message)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        } catch (RefusedException e) {
            Notifications.error(this, e.key(), e.params());
        }
        return false;
    }

    private String length(int length) {
        // Numbers, grouped as the reader's language groups them, like the rationale's counter ("5,000", "5 000").
        return getTranslation("comments.length", length, CommentService.BODY_MAX);
    }

    /** The browser's time zone when Vaadin already knows it, else the server's. */
    private static ZoneId browserZone() {
        UI ui = UI.getCurrent();
        @Nullable ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        @Nullable String id = details == null ? null : details.getTimeZoneId();
        try {
            return id == null || id.isBlank() ? ZoneId.systemDefault() : ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneId.systemDefault();
        }
    }
}
