package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.Formats;
import org.factdesk.base.ui.Markup;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.LiveUpdates;
import org.factdesk.base.ui.RouteIds;
import org.factdesk.claim.ClaimChanges;
import org.factdesk.claim.ClaimDetails;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ClaimUpdates;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.claim.ResearchService;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.security.AppRoles;
import org.factdesk.security.UserService;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One claim at a shareable address, where a fact-checker spends the day: the claim and its quote in context, who made
 * it, the sources, the verdict, the comments and the whole history. A colleague's change shows at once, except in a
 * part where the user has unsaved edits: that part stays as it is, and a notice offers to reload.
 */
@Route("claims/:claimId")
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR, AppRoles.CHECKER, AppRoles.VIEWER})
class ClaimView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ResearchService research;
    private final ClaimService claims;
    private final ObjectProvider<ClaimSection> sections;
    private final ZoneId zone;
    private final boolean editor;
    private final @Nullable String username;
    private final LiveParts parts = new LiveParts();
    private final ChangeNotice notice = new ChangeNotice(this);
    private @Nullable ClaimDetails claim;
    /** The verdict section drawn last: Submit sends what it shows. */
    private @Nullable VerdictSection verdict;
    /** The claim shown, for the broadcaster's thread to tell which changes concern this page. */
    private volatile long shownId = -1;
    /** The colleagues, rating scale and display names of one drawing of the page, for all its parts. */
    private final PageReads reads;

    ClaimView(ResearchService research, ClaimService claims, RatingScaleService ratings, UserService users,
              ObjectProvider<ClaimSection> sections, DeskSettingsService settings,
              AuthenticationContext authentication, ClaimUpdates updates) {
        this.research = research;
        this.claims = claims;
        this.reads = new PageReads(users, ratings);
        this.sections = sections;
        this.zone = settings.get().zoneId();
        this.editor = authentication.hasRole(AppRoles.EDITOR);
        this.username = authentication.getPrincipalName().orElse(null);
        addClassName("fd-claim-page");
        LiveUpdates.bind(this, updates::subscribe, changes -> changes.concerns(shownId), this::changedElsewhere);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ClaimDetails> found = event.getRouteParameters().get("claimId").flatMap(RouteIds::parse)
                .flatMap(research::details);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    /** Draws the sections of {@code place}, in their order, at the end of {@code column}. */
    private void drawSections(VerticalLayout column, List<ClaimSection> all, ClaimSection.Place place,
                              ClaimDetails details, ClaimSection.ClaimPage page) {
        for (ClaimSection section : all) {
            if (section.place() == place) {
                @Nullable Consumer<Component> aroundEdits = section.refreshesAroundEdits()
                        ? section::refreshAroundEdits : null;
                Component drawn = parts.add(shown -> section.draw(shown, page), details, aroundEdits);
                column.add(drawn);
            }
        }
    }

    /** Reads the claim afresh and redraws the page: after a change, or when a colleague changed it first. */
    void reload() {
        if (claim != null) {
            research.details(claim.id()).ifPresent(this::show);
        }
    }

    private void show(ClaimDetails details) {
        claim = details;
        reads.forget();
        shownId = details.id();
        notice.close();
        removeAll();
        parts.clear();
        // The evidence (verdict, sources) comes before what is done with it: submitting it, then the workflow's
        // section (assigning, approving), so a verdict is read before it is sent on.
        VerticalLayout main = new VerticalLayout(parts.add(this::header, details), parts.add(this::quote, details),
                parts.add(shown -> ReasonChips.of(this, shown.reasons()), details),
                parts.add(shown -> shown.mayResearch() ? new ClaimantForm(research, shown, this::act)
                        : ClaimantForm.readOnly(this, getLocale(), shown), details),
                parts.add(this::actions, details));
        ClaimSection.ClaimPage page = new ClaimSection.ClaimPage(username, editor, zone, this::act, this::reload,
                reads);
        List<ClaimSection> all = sections.orderedStream().toList();
        drawSections(main, all, ClaimSection.Place.AFTER_ACTIONS, details, page);
        Component verdictPart = parts.add(shown -> {
            verdict = shown.mayResearch() ? new VerdictSection(research, reads.scale(), shown, this::act) : null;
            return verdict != null ? verdict : VerdictSection.readOnly(this, getLocale(), reads.scale(), shown);
        }, details);
        main.add(verdictPart);
        drawSections(main, all, ClaimSection.Place.EVIDENCE, details, page);
        Component submission = parts.add(this::submission, details);
        main.add(submission);
        drawSections(main, all, ClaimSection.Place.AFTER_SUBMISSION, details, page);
        main.addClassName("fd-claim-main");
        VerticalLayout side = new VerticalLayout();
        drawSections(side, all, ClaimSection.Place.SIDE, details, page);
        Component history = parts.add(this::history, details);
        side.add(history);
        side.addClassName("fd-claim-side");
        add(main, side);
    }

    /**
     * A colleague (or the user in another tab) changed the claim: draws it again, but leaves alone what the user is
     * editing, and says so when that now shows an older version.
     */
    private void changedElsewhere(List<ClaimChanges> batches) {
        ClaimDetails shown = claim;
        if (shown == null) {
            return;
        }
        Optional<String> by = batches.reversed().stream().flatMap(changes -> changes.lastActor(shown.id()).stream())
                .findFirst();
        research.details(shown.id()).ifPresent(fresh -> {
            claim = fresh;
            reads.forget();
            if (parts.redraw(fresh) && by.isPresent() && !by.get().equals(username)) {
                notice.show(reads.displayName(by.get()), this::reload);
            }
        });
    }

    /** The statement and its facts: read-only, drawn as one node, like the quote and the history. */
    private Component header(ClaimDetails details) {
        Element header = Markup.block("div");
        Markup.routerLink(header.appendElement("div"), "articles/" + details.articleId(),
                getTranslation("claim.back-to-article", details.articleTitle()));
        Markup.text(header, "h2", details.statement(), "fd-claim-statement").attr("id", "claim-heading");
        Element facts = header.appendElement("vaadin-horizontal-layout").attr("theme", "spacing")
                .addClass("fd-metadata").attr("style", "align-items: baseline;");
        Badges.status(facts, this, details.status());
        Markup.text(facts, "span", getTranslation("claim.assignee", details.assignee() == null
                ? getTranslation("claim.unassigned") : displayName(details.assignee())));
        if (details.dueDate() != null) {
            Markup.text(facts, "span", getTranslation("claim.due", Formats.date(details.dueDate(), getLocale())));
        }
        return Markup.html(header);
    }

    private Component quote(ClaimDetails details) {
        String paragraph = details.paragraph();
        Element box = Markup.block("div");
        Markup.text(box, "h3", getTranslation("claim.in-article"));
        Element context = box.appendElement("p").attr("id", "claim-quote").addClass("fd-quote-context");
        Markup.text(context, "span", paragraph.substring(0, details.quoteStart()));
        Markup.text(context, "span", paragraph.substring(details.quoteStart(), details.quoteEnd()), "fd-quote-mark");
        Markup.text(context, "span", paragraph.substring(details.quoteEnd()));
        if (details.anchorLost()) {
            Markup.text(box, "span", getTranslation("claim.anchor-lost-help")).attr("theme", "badge error");
        }
        return Markup.html(box);
    }

    private Component actions(ClaimDetails details) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("claim-page-actions");
        if (details.mayTake()) {
            actions.add(button("claim-take", "claim.take", ButtonVariant.LUMO_PRIMARY,
                    () -> research.take(details.id(), details.version())));
            if (username != null && username.equals(details.assignee())) {
                // Assigned, the claim waits for its assignee: taking it is what starts the research.
                Span help = new Span(getTranslation("claim.take-help"));
                help.setId("claim-take-help");
                actions.add(help);
                actions.setAlignItems(FlexComponent.Alignment.BASELINE);
            }
        }
        return actions;
    }

    /**
     * Submit, after the verdict and the sources it sends to review: it saves the verdict as it is on screen first, so
     * a rating chosen and a rationale written are submitted without a separate save.
     */
    private Component submission(ClaimDetails details) {
        HorizontalLayout submission = new HorizontalLayout();
        submission.setId("claim-submission");
        if (details.mayResearch() && details.status() == ClaimStatus.IN_RESEARCH) {
            submission.add(button("claim-submit", "claim.submit", ButtonVariant.LUMO_SUCCESS, this::submit));
        }
        return submission;
    }

    private void submit() {
        VerdictSection onScreen = java.util.Objects.requireNonNull(verdict);
        onScreen.showErrors(null);
        try {
            research.submit(java.util.Objects.requireNonNull(claim).id(), onScreen.version(), onScreen.onScreen());
        } catch (ConstraintViolationException e) {
            onScreen.showErrors(e);
            throw new RefusedException(null, "claim.error.verdict-invalid");
        } catch (RefusedException e) {
            onScreen.showRefusal(e);
            throw e;
        }
    }

    private Button button(String id, String key, ButtonVariant variant, Runnable action) {
        Button button = new Button(getTranslation(key), click -> act(action));
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }

    /** Runs a change; a refusal is shown, a colleague's change in between offers a reload. */
    boolean act(Runnable action) {
        try {
            action.run();
            Notifications.clearErrors();
            reload();
            return true;
        } catch (RefusedException e) {
            Notifications.refused(this, e, this::reload);
        } catch (OptimisticLockingFailureException e) {
            Notifications.refused(this, new RefusedException(null, "claim.error.stale"), this::reload);
        }
        return false;
    }

    private Component history(ClaimDetails details) {
        // The layout the history had as components (no padding, no spacing), now one block of markup.
        Element entries = Markup.block("vaadin-vertical-layout").attr("id", "claim-page-history")
                .attr("style", "width: 100%;");
        Markup.text(entries, "h3", getTranslation("claim.history"));
        claims.history(details.id()).forEach(entry -> HistoryLine.appendTo(entries, this, getLocale(), entry, zone,
                this::displayName));
        if (entries.childrenSize() == 1) {
            Markup.text(entries, "p", getTranslation("claim.history-empty"));
        }
        return Markup.html(entries);
    }

    private String displayName(String username) {
        return reads.displayName(username);
    }

    @Override
    public String getPageTitle() {
        return claim == null ? getTranslation("claim.page") : claim.statement();
    }
}
