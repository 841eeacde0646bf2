package org.factdesk.comment;

/** A comment on a claim mentioned a colleague (never its own author); published once per colleague mentioned. */
public record ColleagueMentioned(long claimId, long commentId, String username, String by) {
}
