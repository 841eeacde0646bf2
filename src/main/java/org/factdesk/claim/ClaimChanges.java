package org.factdesk.claim;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factdesk.base.DeskEvents;

/** The claim changes one transaction committed, in the order they were made: what a live screen hears of. */
public record ClaimChanges(List<ClaimChanged> changes) {

    public ClaimChanges {
        changes = List.copyOf(changes);
    }

    public boolean concerns(long claimId) {
        return changes.stream().anyMatch(change -> change.claimId() == claimId);
    }

    public boolean concernsArticle(long articleId) {
        return changes.stream().anyMatch(change -> change.articleId() == articleId);
    }

    /**
     * Whether any of these changes may add, remove, move or alter a row of the desk's claim lists. A comment, a
     * source, the claimant or the overdue notice do not (no list shows or filters them; lateness is read from the due
     * date): open lists skip their count and reload for those (issue 15).
     */
    public boolean changeListRows() {
        return changes.stream().map(ClaimChanged::action).anyMatch(action -> !action.startsWith("comment.")
                && !action.startsWith("source.") && !action.equals("claim.claimant")
                && !action.equals("claim.overdue"));
    }

    /** Who made the latest of these changes to the claim. */
    public Optional<String> lastActor(long claimId) {
        return changes.reversed().stream().filter(change -> change.claimId() == claimId).findFirst()
                .map(ClaimChanged::actor);
    }

    /**
     * As other nodes hear of them ({@link DeskEvents}): one line a change, claim id, article id, action, actor and
     * the new value when it is a short one such as a status (the texts URL-encoded), in as few payloads as fit.
     */
    public static List<String> payloads(ClaimChanges changes) {
        return DeskEvents.payloads(changes.changes().stream().map(change -> change.claimId() + " "
                + change.articleId() + " " + word(change.action()) + " " + word(change.actor()) + " "
                + (change.after() == null || change.after().length() > SHORT ? "-" : "=" + word(change.after())))
                .toList());
    }

    /** One payload read back: the changes with their ids, actions, actors and short values (no detail or watchers). */
    public static ClaimChanges fromPayload(String payload) {
        return new ClaimChanges(Arrays.stream(payload.split("\n")).map(line -> line.split(" ")).map(fields ->
                new ClaimChanged(Long.parseLong(fields[0]), Long.parseLong(fields[1]), unword(fields[2]), null,
                        fields[4].startsWith("=") ? unword(fields[4].substring(1)) : null, unword(fields[3]),
                        Set.of())).toList());
    }

    /** The longest new value that travels to other nodes: a status or a username, never a text. */
    private static final int SHORT = 40;

    private static String word(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String unword(String word) {
        return URLDecoder.decode(word, StandardCharsets.UTF_8);
    }
}
