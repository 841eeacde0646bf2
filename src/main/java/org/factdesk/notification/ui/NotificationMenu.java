package org.factdesk.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.Formats;
import org.factdesk.claim.ClaimDetails;
import org.factdesk.notification.NotificationKind;
import org.factdesk.notification.NotificationItem;
import org.factdesk.notification.NotificationService;
import org.jspecify.annotations.Nullable;

/**
 * The bell with the number of unread notifications, and the list it opens: clicking a notification marks it read and
 * opens its claim. The count is read when the page is built, whenever the list opens, and whenever a notification
 * comes in or is read in another tab (pushed). The list and its heading are made when the list first opens.
 */
class NotificationMenu extends Div {

    static final int SHOWN = 20;
    static final int FIRST_WORDS = 60;

    private final NotificationService notifications;
    private final Function<String, String> displayNames;
    private final LongFunction<Optional<ClaimDetails>> claims;
    private final String me;
    private final ZoneId zone;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Popover popover = new Popover();
    /** The list in the popover, made when it first opens: most pages never open it (issue 15). */
    private @Nullable Div list;

    NotificationMenu(NotificationService notifications, Function<String, String> displayNames,
                     LongFunction<Optional<ClaimDetails>> claims, String me, ZoneId zone) {
        this.claims = claims;
        this.notifications = notifications;
        this.displayNames = displayNames;
        this.me = me;
        this.zone = zone;
        addClassName("fd-bell");
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        count.setId("notification-count");
        count.addClassName("fd-bell-count");
        count.getElement().setAttribute("aria-hidden", "true");
        bell.setSuffixComponent(count);
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel(getTranslation("notifications.title"));
        popover.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                refresh();
            }
        });
        add(bell, popover);
        updateCount(notifications.unreadCount());
    }

    private Component heading() {
        Span title = new Span(getTranslation("notifications.title"));
        title.addClassName("fd-notification-title");
        Button markAll = new Button(getTranslation("notifications.mark-all"), click -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.setId("notifications-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout heading = new HorizontalLayout(title, markAll);
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        heading.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        return heading;
    }

    /** The popover's heading and list, made on its first opening rather than for every page and session. */
    private Div list() {
        Div made = list;
        if (made == null) {
            made = new Div();
            made.setId("notification-list");
            made.addClassName("fd-notification-list");
            popover.add(heading(), made);
            list = made;
        }
        return made;
    }

    /** Reads the count and the latest notifications again. */
    void refresh() {
        Div entries = list();
        entries.removeAll();
        List<NotificationItem> items = notifications.mine(SHOWN);
        Map<String, String> names = new HashMap<>();
        Map<Long, Optional<ClaimDetails>> shown = new HashMap<>();
        items.forEach(item -> entries.add(entry(item, names.computeIfAbsent(item.actor(), displayNames),
                shown.computeIfAbsent(item.claimId(), claims::apply))));
        if (items.isEmpty()) {
            entries.add(new Paragraph(getTranslation("notifications.none")));
        }
        updateCount(notifications.unreadCount());
    }

    /** A notification came in, or some were read in another tab: an open list is read again, else the count. */
    void changedElsewhere() {
        if (popover.isOpened()) {
            refresh();
        } else {
            updateCount(notifications.unreadCount());
        }
    }

    private Component entry(NotificationItem item, String actorName, Optional<ClaimDetails> claim) {
        Button entry = new Button(text(item, actorName), click -> open(item));
        claim.ifPresent(details -> {
            // Which claim: its first words and its article; for an assignment, when it is due.
            Span about = new Span(about(item, details));
            about.addClassName("fd-notification-about");
            entry.getElement().appendChild(about.getElement());
        });
        entry.setId("notification-" + item.id());
        entry.addClassName("fd-notification");
        entry.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Span when = new Span(Formats.dateTime(item.createdAt(), zone, getLocale()));
        when.addClassName("fd-notification-when");
        entry.setSuffixComponent(when);
        if (!item.read()) {
            entry.addClassName("fd-unread");
            Span unread = new Span(getTranslation("notifications.unread"));
            unread.addClassName("fd-unread-badge");
            entry.setPrefixComponent(unread);
        }
        return entry;
    }

    /**
     * What happened, in words: who approved, returned, assigned or commented on a claim, or that it is overdue; with
     * the first words of the comment that told it (a comment, the reason for a return or a reopening).
     */
    String text(NotificationItem item, String actorName) {
        String what = what(item, actorName);
        return item.excerpt() == null ? what : getTranslation("notifications.with-excerpt", what, item.excerpt());
    }

    private String what(NotificationItem item, String actorName) {
        String detail = item.detail();
        return switch (item.kind()) {
            case STATUS -> detail == null ? getTranslation("notifications.kind.STATUS", actorName)
                    : getTranslation("notifications.status." + detail, actorName);
            case ASSIGNED -> {
                if (me.equals(detail)) {
                    yield getTranslation("notifications.assigned.you", actorName);
                }
                if (detail == null || detail.equals(item.actor())) {
                    yield getTranslation("notifications.assigned.took", actorName);
                }
                yield getTranslation("notifications.assigned.other", actorName, displayNames.apply(detail));
            }
            case OVERDUE -> detail == null ? getTranslation("notifications.kind.OVERDUE", actorName)
                    : getTranslation("notifications.overdue", Formats.date(LocalDate.parse(detail), getLocale()));
            default -> getTranslation("notifications.kind." + item.kind().name(), actorName);
        };
    }

    /** The claim a notification is about, in words: its first words and its article, and a due date if assigned. */
    String about(NotificationItem item, ClaimDetails claim) {
        String about = getTranslation("notifications.about", firstWords(claim.statement()), claim.articleTitle());
        return item.kind() == NotificationKind.ASSIGNED && claim.dueDate() != null
                ? getTranslation("notifications.about-due", about, Formats.date(claim.dueDate(), getLocale()))
                : about;
    }

    /** The statement's first words: up to {@link #FIRST_WORDS} characters, cut after a word. */
    static String firstWords(String statement) {
        String line = statement.strip().replaceAll("\\s+", " ");
        if (line.length() <= FIRST_WORDS) {
            return line;
        }
        int space = line.lastIndexOf(' ', FIRST_WORDS);
        return line.substring(0, space > FIRST_WORDS / 2 ? space : FIRST_WORDS).stripTrailing() + "…";
    }

    private void open(NotificationItem item) {
        try {
            notifications.markRead(item.id());
        } catch (RefusedException e) {
            // Already gone: the claim may still be worth opening.
        }
        popover.close();
        updateCount(notifications.unreadCount());
        getUI().ifPresent(ui -> ui.navigate("claims/" + item.claimId()));
    }

    private void updateCount(long unread) {
        count.setText(unread > 99 ? "99+" : Long.toString(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notifications.bell", unread));
    }
}
