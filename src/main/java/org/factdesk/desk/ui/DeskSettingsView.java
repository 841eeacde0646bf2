package org.factdesk.desk.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.ZoneId;
import java.util.Map;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.FieldErrors;
import org.factdesk.base.ui.LanguageField;
import org.factdesk.base.ui.Notifications;
import org.factdesk.desk.DeskSettingsData;
import org.factdesk.desk.DeskSettingsEdit;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.security.AppRoles;

/** Administrators set the desk's name, public base URL, time zone and default article language. */
@Route("admin/settings")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 91, title = "nav.settings", icon = "vaadin:cog")
class DeskSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final TextField deskName = new TextField();
    private final TextField publicBaseUrl = new TextField();
    private final Paragraph placeholderWarning = new Paragraph(getTranslation("settings.placeholder-warning"));
    private final ComboBox<String> timeZone = new ComboBox<>();
    private final LanguageField defaultLanguage = new LanguageField();
    private final DeskSettingsService settings;
    /** The version the form shows: a save names it, so that it never overwrites a colleague's newer save. */
    private long version;

    DeskSettingsView(DeskSettingsService settings) {
        this.settings = settings;
        deskName.setLabel(getTranslation("settings.desk-name"));
        deskName.setMaxLength(DeskSettingsData.NAME_MAX);
        deskName.setId("settings-desk-name");
        publicBaseUrl.setLabel(getTranslation("settings.public-base-url"));
        publicBaseUrl.setHelperText(getTranslation("settings.public-base-url-help"));
        publicBaseUrl.setId("settings-public-base-url");
        publicBaseUrl.setValueChangeMode(ValueChangeMode.EAGER);
        publicBaseUrl.addValueChangeListener(change -> placeholderWarning.setVisible(
                DeskSettingsData.isPlaceholder(change.getValue())));
        placeholderWarning.setId("settings-placeholder-warning");
        placeholderWarning.addClassName("fd-warning");
        timeZone.setLabel(getTranslation("settings.time-zone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setId("settings-time-zone");
        defaultLanguage.setLabel(getTranslation("settings.default-language"));
        defaultLanguage.setId("settings-default-language");
        FieldErrors errors = new FieldErrors(this, Map.<String, HasValidation>of("deskName", deskName,
                "publicBaseUrl", publicBaseUrl, "timeZone", timeZone, "defaultLanguage", defaultLanguage));
        load();
        Button save = new Button(getTranslation("action.save"), click -> save(errors));
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(deskName, publicBaseUrl, timeZone, defaultLanguage);
        form.setMaxWidth("48rem");
        add(placeholderWarning, form, save);
    }

    private void load() {
        DeskSettingsEdit current = settings.edit();
        version = current.version();
        deskName.setValue(current.data().deskName());
        publicBaseUrl.setValue(current.data().publicBaseUrl());
        timeZone.setValue(current.data().timeZone());
        defaultLanguage.setValue(current.data().defaultLanguage());
    }

    private void save(FieldErrors errors) {
        errors.clear();
        try {
            version = settings.update(version, new DeskSettingsData(deskName.getValue(), publicBaseUrl.getValue(),
                    timeZone.getValue() == null ? "" : timeZone.getValue(),
                    defaultLanguage.getValue() == null ? "" : defaultLanguage.getValue()));
            Notifications.success(this, "settings.saved");
        } catch (ConstraintViolationException e) {
            errors.show(e).forEach(message -> Notifications.errorText(this, message));
        } catch (RefusedException e) {
            if (e.field() == null) {
                stale(e);
            } else {
                errors.show(e.field(), e.key(), e.params());
            }
        }
    }

    /** A colleague saved first: nothing was overwritten; Reload shows their settings instead of these edits. */
    private void stale(RefusedException refusal) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setDuration(0);
        Button reload = new Button(getTranslation("settings.reload"), click -> {
            notification.close();
            load();
        });
        reload.setId("settings-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout content = new HorizontalLayout(new Span(getTranslation(refusal.key(), refusal.params())),
                reload);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.settings");
    }
}
