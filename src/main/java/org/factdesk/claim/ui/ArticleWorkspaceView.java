package org.factdesk.claim.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.factdesk.article.ArticleDetails;
import org.factdesk.article.ArticleService;
import org.factdesk.article.WebImportService;
import org.factdesk.article.ui.ArchivedCopyLink;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.Formats;
import org.factdesk.base.ui.Links;
import org.factdesk.base.ui.LiveUpdates;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.RouteIds;
import org.factdesk.claim.ClaimChanges;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimShapingService;
import org.factdesk.claim.ClaimSpan;
import org.factdesk.claim.ClaimUpdates;
import org.factdesk.claim.ReextractionResult;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.security.AppRoles;
import org.factdesk.security.UserService;
import org.factdesk.extraction.TextPart;
import org.jspecify.annotations.Nullable;

/**
 * The article workspace at the article's shareable address: the text with its claims highlighted on one side, the
 * ranked claims on the other. Editors choose, reword, split, merge and create claims; everyone else reads. Colleagues'
 * changes to the article's claims show at once, without touching what the editor is typing.
 */
@Route("articles/:articleId")
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR, AppRoles.CHECKER, AppRoles.VIEWER})
class ArticleWorkspaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int NARROW = 1000;
    /** Languages with trained sentence and tagging models; others get the generic splitter and rougher scores. */
    private static final Set<String> FULL_SUPPORT = Set.of("fr", "en");

    private final ArticleService articles;
    private final ClaimService claims;
    private final ClaimShapingService shaping;
    private final List<ArticleAction> actions;
    private final boolean editor;
    private final ZoneId zone;
    private final ArticleTextPanel text = new ArticleTextPanel(this::selectClaim);
    private final ClaimListPanel list;
    private final UserService users;
    private final WebImportService web;
    private final @Nullable String username;
    private final ChangeNotice notice = new ChangeNotice(this);
    private @Nullable ArticleDetails article;
    /** The article shown, for the broadcaster's thread to tell which changes concern this page. */
    private volatile long shownArticle = -1;

    ArticleWorkspaceView(ArticleService articles, ClaimService claims, ClaimShapingService shaping,
                         DeskSettingsService settings, AuthenticationContext authentication, UserService users,
                         ClaimUpdates updates, List<ArticleAction> actions, WebImportService web) {
        this.articles = articles;
        this.web = web;
        this.actions = actions.stream().sorted(Comparator.comparingInt(ArticleAction::order)).toList();
        this.claims = claims;
        this.shaping = shaping;
        this.editor = authentication.hasRole(AppRoles.EDITOR);
        this.zone = settings.get().zoneId();
        this.list = new ClaimListPanel(claims, shaping, editor, this::refresh, text::highlight, zone,
                users::displayName);
        this.users = users;
        this.username = authentication.getPrincipalName().orElse(null);
        setSizeFull();
        addClassName("fd-workspace");
        LiveUpdates.bind(this, updates::subscribe, changes -> changes.concernsArticle(shownArticle),
                this::changedElsewhere);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ArticleDetails> found = event.getRouteParameters().get("articleId").flatMap(RouteIds::parse)
                .flatMap(articles::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        article = found.get();
        shownArticle = article.id();
        removeAll();
        SplitLayout split = new SplitLayout(scrolling(text), list);
        split.setSizeFull();
        // The claims get the larger side: triage happens there, the text is for reading around a claim.
        split.setSplitterPosition(45);
        // On a tablet the text and the claims sit one above the other.
        Optional.ofNullable(UI.getCurrent()).ifPresent(ui -> ui.getPage().retrieveExtendedClientDetails(details -> {
            if (details.getWindowInnerWidth() < NARROW) {
                split.setOrientation(SplitLayout.Orientation.VERTICAL);
            }
        }));
        add(header(found.get()), split);
        refresh();
    }

    /** Reloads the article and its claims, e.g. after a change or when a colleague changed them first. */
    void refresh() {
        if (article == null) {
            return;
        }
        notice.close();
        article = articles.find(article.id()).orElse(article);
        List<ClaimSpan> spans = claims.spans(article.id());
        text.show(article, spans);
        list.show(article.id(), spans);
    }

    /**
     * A colleague changed claims of this article: reads them again, keeping the selection and any unsaved edit of the
     * selected claim, and says so when that claim changed under the edit.
     */
    private void changedElsewhere(List<ClaimChanges> batches) {
        if (article == null) {
            return;
        }
        article = articles.find(article.id()).orElse(article);
        List<ClaimSpan> spans = claims.spans(article.id());
        text.update(article, spans);
        list.refreshKeepingEdits(spans).flatMap(kept -> batches.reversed().stream()
                        .flatMap(changes -> changes.lastActor(kept).stream()).findFirst())
                .filter(actor -> !Objects.equals(actor, username))
                .ifPresent(actor -> notice.show(users.displayName(actor), this::refresh));
    }

    private void selectClaim(long claimId) {
        list.select(claimId);
        text.highlight(claimId);
    }

    /** The page title in the layout already names the article: the header carries its metadata and actions. */
    private HorizontalLayout header(ArticleDetails shown) {
        Div about = new Div(Links.to("articles", getTranslation("article.back")), metadata(shown));
        about.addClassName("fd-workspace-about");
        HorizontalLayout header = new HorizontalLayout(about);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setFlexGrow(1, about);
        if (editor) {
            header.add(editorActions(shown));
        }
        actions.forEach(action -> header.add(action.create(shown.id())));
        return header;
    }

    private Div metadata(ArticleDetails shown) {
        Div metadata = new Div();
        metadata.setId("article-metadata");
        metadata.addClassName("fd-metadata");
        addItem(metadata, "article.outlet", shown.outlet());
        addItem(metadata, "article.byline", shown.byline());
        addItem(metadata, "article.published-on", Formats.date(shown.publishedOn(), getLocale()));
        addItem(metadata, "article.language", Locale.of(shown.language()).getDisplayLanguage(getLocale()));
        if (!FULL_SUPPORT.contains(shown.language())) {
            Span generic = new Span(getTranslation("workspace.generic-language"));
            generic.setId("generic-language");
            generic.getElement().getThemeList().add("badge contrast small");
            metadata.add(generic);
        }
        // The importer's name, as everywhere else on the page (the seed importer has none and stays "system").
        addItem(metadata, "article.imported", getTranslation("article.imported-by",
                users.displayName(shown.importedBy()), Formats.dateTime(shown.importedAt(), zone, getLocale())));
        if (shown.url() != null) {
            Anchor link = new Anchor(shown.url(), shown.url(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            metadata.add(new Span(new Span(label("article.url")), link));
        }
        ArchivedCopyLink.of(web, shown.id(), zone).ifPresent(metadata::add);
        return metadata;
    }

    private void addItem(Div metadata, String labelKey, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            Span label = new Span(label(labelKey));
            label.addClassName("fd-label");
            metadata.add(new Span(label, new Span(value)));
        }
    }

    /** "Language: " in English, "Langue : " in French (a space before the colon). */
    private String label(String labelKey) {
        return getTranslation("layout.label", getTranslation(labelKey)) + " ";
    }

    private HorizontalLayout editorActions(ArticleDetails shown) {
        Button fromSelection = new Button(getTranslation("workspace.create-from-selection"),
                VaadinIcon.PLUS.create(), click -> readSelection());
        fromSelection.setId("claim-from-selection");
        fromSelection.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reextract = new Button(getTranslation("workspace.reextract"), VaadinIcon.REFRESH.create(),
                click -> reextract());
        reextract.setId("claim-reextract");
        Button edit = new Button(getTranslation("workspace.edit-article"), VaadinIcon.EDIT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("articles/" + shown.id() + "/edit")));
        edit.setId("article-edit");
        return new HorizontalLayout(fromSelection, reextract, edit);
    }

    private void readSelection() {
        text.getElement().executeJs(SelectionScript.SCRIPT).then(String.class,
                answer -> createFromSelection(SelectionScript.parse(answer)));
    }

    /** Creates a claim from offsets the browser reported; the entry point for tests too. */
    void createFromSelection(SelectionScript.Selection selection) {
        if (selection.part().isEmpty() || article == null) {
            Notifications.error(this, selection.problem());
            return;
        }
        TextPart part = selection.part().get();
        try {
            long id = shaping.createFromSelection(article.id(), part, selection.start(), selection.end());
            Notifications.success(this, "workspace.created");
            refresh();
            selectClaim(id);
        } catch (RefusedException e) {
            Notifications.refused(this, e, this::refresh);
        }
    }

    private void reextract() {
        if (article == null) {
            return;
        }
        ReextractionResult result = shaping.reextract(article.id());
        Notifications.success(this, "workspace.reextracted", result.added(), result.kept(), result.replaced());
        refresh();
    }

    private Div scrolling(ArticleTextPanel panel) {
        Div scroller = new Div(panel);
        scroller.addClassName("fd-scroll");
        // A named region the keyboard can reach, so the article can be scrolled without a mouse (WCAG 2.1.1).
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", getTranslation("workspace.article-text"));
        return scroller;
    }

    @Override
    public String getPageTitle() {
        return article == null ? getTranslation("nav.articles") : article.title();
    }
}
