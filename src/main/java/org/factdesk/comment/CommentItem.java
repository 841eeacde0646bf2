package org.factdesk.comment;

import java.time.Instant;
import java.util.Set;

/** One comment as the thread shows it: the body exactly as typed, and the usernames it mentions. */
public record CommentItem(long id, String author, String authorName, String body, Instant createdAt,
                          Set<String> mentions) {

    public CommentItem {
        mentions = Set.copyOf(mentions);
    }
}
