package org.factdesk.article.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import org.factdesk.article.WebImportService;
import org.factdesk.article.WebPage;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.Formats;
import org.jspecify.annotations.Nullable;

/**
 * "From a web address": the editor pastes the address of a published article, the server fetches and reads it, and
 * the import form is filled for checking. The page fetched is held here until the import, which keeps it as the
 * article's archived copy. A failure says why under the address and keeps what was typed, in the field and the form.
 */
class ArticleFromWeb extends Composite<VerticalLayout> {

    final TextField address = new TextField();
    final Button fetch = new Button();
    private final Span message = new Span();
    private final WebImportService web;
    private final Consumer<WebPage> onRead;
    private final ZoneId zone;
    private @Nullable WebPage page;

    ArticleFromWeb(WebImportService web, ZoneId zone, Consumer<WebPage> onRead) {
        this.web = web;
        this.zone = zone;
        this.onRead = onRead;
        address.setLabel(getTranslation("article.web.address"));
        address.setPlaceholder("https://");
        address.setHelperText(getTranslation("article.web.help"));
        address.setId("article-web-url");
        address.setClearButtonVisible(true);
        address.addKeyPressListener(Key.ENTER, event -> read());
        fetch.setText(getTranslation("article.web.fetch"));
        fetch.setIcon(VaadinIcon.DOWNLOAD_ALT.create());
        fetch.setId("article-web-fetch");
        fetch.setDisableOnClick(true);
        fetch.addClickListener(click -> {
            read();
            fetch.setEnabled(true);
        });
        message.setId("article-web-message");
        message.addClassName("fd-field-message");
        message.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout row = new HorizontalLayout(address, fetch);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setFlexGrow(1, address);
        row.addClassName("fd-web-address");
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().addClassName("fd-web-import");
        getContent().add(row, message);
    }

    /** Fetches the address typed; on success hands the page to the form, else says why and keeps everything. */
    void read() {
        address.setInvalid(false);
        try {
            WebPage read = web.fetch(address.getValue());
            page = read;
            message.setText(getTranslation("article.web.read", read.finalUrl(),
                    Formats.dateTime(read.fetchedAt(), zone, getLocale())));
            message.removeClassName("fd-error");
            onRead.accept(read);
        } catch (RefusedException e) {
            page = null;
            String text = getTranslation(e.key(), e.params());
            address.setErrorMessage(text);
            address.setInvalid(true);
            message.setText("");
            message.removeClassName("fd-error");
        }
    }

    /** The page last read, to keep as the archived copy on import. */
    Optional<WebPage> page() {
        return Optional.ofNullable(page);
    }

    /** The form now holds something else (a file): the page read before is no longer what is imported. */
    void forget() {
        if (page != null) {
            page = null;
            message.setText(getTranslation("article.web.forgotten"));
        }
    }

    String message() {
        return message.getText();
    }
}
