package org.factdesk.comment;

import org.factdesk.claim.ClaimResearch;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.base.NoControlChars;
import org.factdesk.security.AppRoles;
import org.factdesk.security.Colleague;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A claim's comment thread: everyone reads it, editors and fact-checkers write in it and mention colleagues, who
 * hear of it through {@link ColleagueMentioned}. Comments are never edited or deleted.
 */
@Service
@Validated
public class CommentService {

    public static final int BODY_MAX = 5000;

    private final CommentRepository comments;
    private final ClaimResearch research;
    private final UserService users;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentService(CommentRepository comments, ClaimResearch research, UserService users, CurrentUser currentUser,
                   ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.research = research;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The claim's comments, oldest first. */
    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public List<CommentItem> list(long claimId) {
        Map<String, String> names = new HashMap<>();
        return comments.findByClaimIdOrderByCreatedAtAscIdAsc(claimId).stream()
                .map(comment -> new CommentItem(Objects.requireNonNull(comment.getId()), comment.getAuthor(),
                        names.computeIfAbsent(comment.getAuthor(), users::displayName), comment.getBody(),
                        comment.getCreatedAt(), comment.getMentions()))
                .toList();
    }

    /**
     * Posts a comment exactly as typed. It mentions the colleagues picked and every enabled user named as
     * {@code @username} in the text; other names are just text. Everyone mentioned but the author is told of the
     * mention, and only of it: the other watchers are told of the comment.
     */
    @PreAuthorize(AppRoles.CAN_COMMENT)
    @Transactional
    public long post(long claimId,
                     @NotBlank(message = "validation.required")
                     @Size(max = BODY_MAX, message = "validation.too-long") @NoControlChars String body,
                     Set<String> pickedMentions) {
        return post(claimId, body, pickedMentions, null);
    }

    /**
     * Posts the reason an editor gave with a transition ({@code return}, {@code reopen}), in the same transaction as
     * the transition: its watchers hear of the transition and the reason together, in one notification.
     */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public long postReason(long claimId, String body, String transition) {
        return post(claimId, body, Set.of(), transition);
    }

    private long post(long claimId, String body, Set<String> pickedMentions, @Nullable String reasonFor) {
        research.requireExists(claimId);
        String author = currentUser.require();
        Set<String> mentions = mentions(body, pickedMentions);
        Comment comment = comments.save(new Comment(claimId, author, body, mentions, clock.instant()));
        long commentId = Objects.requireNonNull(comment.getId());
        research.commented(claimId, reasonFor, body, mentions);
        mentions.stream().filter(username -> !username.equals(author))
                .forEach(username -> events.publishEvent(new ColleagueMentioned(claimId, commentId, username, author)));
        return commentId;
    }

    private Set<String> mentions(String body, Set<String> picked) {
        Set<String> enabled = users.colleagues().stream().map(Colleague::username).collect(Collectors.toSet());
        Set<String> wanted = new LinkedHashSet<>(picked);
        wanted.addAll(Mentions.typedIn(body));
        wanted.retainAll(enabled);
        return wanted;
    }
}
