package org.factdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.factdesk.base.HeaderItem;
import org.factdesk.base.LanguageCookie;
import org.factdesk.base.MenuBadge;
import org.factdesk.base.Translations;
import org.factdesk.base.UserProfiles;
import org.jspecify.annotations.Nullable;

/**
 * The frame around every signed-in page: side navigation with the pages the user may open (from {@code @Menu}
 * views), the current page's title, features' header items, the language switch, the user's name and sign-out.
 * The page itself sits in a {@code main} landmark and the menu is a named navigation, for screen-reader users.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final Main main = new Main();
    private final AuthenticationContext authentication;
    private final UserProfiles profiles;
    private final List<MenuBadge> badges;

    MainLayout(AuthenticationContext authentication, UserProfiles profiles, List<HeaderItem> headerItems,
               List<MenuBadge> badges) {
        this.authentication = authentication;
        this.profiles = profiles;
        this.badges = badges;
        setPrimarySection(Section.DRAWER);
        addToDrawer(appName(), sideNav());
        DrawerToggle toggle = new DrawerToggle();
        toggle.setId("menu-toggle");
        // Vaadin's own name for it is English whatever the page's language.
        toggle.setAriaLabel(getTranslation("layout.toggle-navigation"));
        addToNavbar(toggle, viewTitle, header(headerItems));
        main.setId("main-content");
        main.addClassName("fd-main");
        // A long page scrolls inside the main landmark, which the keyboard can reach and scroll (WCAG 2.1.1; axe's
        // scrollable-region-focusable), rather than inside the layout's content area, which it cannot.
        main.getElement().setAttribute("tabindex", "0");
        setContent(main);
    }

    /**
     * The logo and the app's name as one element whose content the browser draws from a fixed template: four nodes
     * (a div, an icon, a span, its text) held by every session became one (issue 15, decision 028).
     */
    private Component appName() {
        Div brand = new Div();
        brand.addClassName("fd-brand");
        org.jsoup.nodes.Element content = Markup.block("div");
        content.appendElement("vaadin-icon").addClass("fd-app-logo").attr("icon", "vaadin:check-square-o");
        Markup.text(content, "span", getTranslation("app.name"), "fd-app-name");
        brand.getElement().setProperty("innerHTML", content.html());
        return brand;
    }

    /**
     * The side navigation: the same {@code vaadin-side-nav} and {@code vaadin-side-nav-item} elements as
     * {@link SideNavItem}s make, which link, highlight the current page and take the keyboard in the browser by
     * themselves. An entry is one element whose label and icon are its content, drawn by the browser: a
     * {@link SideNavItem} with its icon and label text held three nodes per entry in every session (issue 15). An
     * entry with a feature's badge (a count that changes while the page is open) stays a {@link SideNavItem}.
     */
    private SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        // vaadin-side-nav is itself the navigation landmark; its name tells it from other navigations.
        nav.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.getElement().appendChild(navItem(entry)));
        return nav;
    }

    private Element navItem(MenuEntry entry) {
        String label = getTranslation(entry.title());
        String path = trimSlashes(entry.path());
        Optional<Component> badge = badges.stream().filter(b -> trimSlashes(b.path()).equals(path)).findFirst()
                .flatMap(MenuBadge::create);
        if (badge.isPresent()) {
            SideNavItem item = entry.icon() == null ? new SideNavItem(label, entry.path())
                    : new SideNavItem(label, entry.path(), new Icon(entry.icon()));
            item.setSuffixComponent(badge.get());
            return item.getElement();
        }
        Element item = new Element("vaadin-side-nav-item");
        item.setAttribute("path", path);
        item.setProperty("innerHTML", entryContent(label, entry.icon()));
        return item;
    }

    /** An entry's label and icon as markup, built with jsoup's escaping DOM like every {@link Markup} block. */
    static String entryContent(String label, @Nullable String icon) {
        org.jsoup.nodes.Element content = Markup.block("div");
        content.appendText(label);
        if (icon != null) {
            content.appendElement("vaadin-icon").attr("icon", icon).attr("slot", "prefix");
        }
        return content.html();
    }

    private static String trimSlashes(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    private Component header(List<HeaderItem> headerItems) {
        HorizontalLayout header = new HorizontalLayout();
        header.addClassName("fd-header");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        headerItems.stream().sorted(Comparator.comparingInt(HeaderItem::order)).map(HeaderItem::create)
                .forEach(header::add);
        header.add(languageSwitch());
        authentication.getPrincipalName().ifPresent(username -> header.add(userName(username), signOut()));
        return header;
    }

    private Select<Locale> languageSwitch() {
        Select<Locale> language = new Select<>();
        language.setId("language-switch");
        language.setWidth("8rem");
        language.setAriaLabel(getTranslation("layout.language"));
        language.setItems(Translations.LOCALES);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        language.setValue(Translations.supported(getLocale()));
        language.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                switchTo(event.getValue());
            }
        });
        return language;
    }

    private void switchTo(Locale locale) {
        if (authentication.isAuthenticated()) {
            profiles.savePreferredLocale(locale);
        }
        LanguageCookie.choose(locale);
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    private Component userName(String username) {
        Span name = new Span(profiles.displayName(username));
        name.setId("current-user");
        name.addClassName("fd-user-name");
        return name;
    }

    private Button signOut() {
        Button button = new Button(getTranslation("layout.sign-out"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        button.setId("sign-out");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    /** Every page goes into the {@code main} landmark rather than straight into the layout. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        main.getElement().appendChild(content.getElement());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(main.getChildren().findFirst().flatMap(MenuConfiguration::getPageHeader).orElse(""));
    }
}
