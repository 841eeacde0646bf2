package org.factdesk.comment;

import org.factdesk.claim.ClaimService;
import org.factdesk.claim.SignedIn;
import org.factdesk.comment.ColleagueMentioned;
import org.factdesk.comment.CommentItem;
import org.factdesk.comment.CommentService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.factdesk.Violations;
import org.factdesk.article.ArticleService;
import org.factdesk.base.RefusedException;
import org.factdesk.security.UserItem;
import org.factdesk.security.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/** A claim's comment thread: who may post, what is refused, who is mentioned and told, and the history. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@RecordApplicationEvents
@Transactional
class CommentServiceTest {

    @Autowired
    CommentService comments;

    @Autowired
    ClaimService claims;

    @Autowired
    ArticleService articles;

    @Autowired
    UserService userService;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationEvents events;

    @PersistenceContext
    EntityManager entities;

    @Test
    @WithUserDetails("editor")
    void an_editor_posts_a_comment_that_the_thread_shows() {
        long claim = claim();

        long id = comments.post(claim, "Source for 1991?", Set.of());

        assertThat(comments.list(claim)).singleElement().satisfies(comment -> {
            assertThat(comment.id()).isEqualTo(id);
            assertThat(comment.author()).isEqualTo("editor");
            assertThat(comment.authorName()).isEqualTo("Eddie Editor");
            assertThat(comment.body()).isEqualTo("Source for 1991?");
            assertThat(comment.createdAt()).isNotNull();
            assertThat(comment.mentions()).isEmpty();
        });
    }

    @Test
    @WithUserDetails("checker")
    void a_checker_posts_a_comment_too() {
        long claim = claim();

        comments.post(claim, "Found the decree.", Set.of());

        assertThat(comments.list(claim)).extracting(CommentItem::authorName).containsExactly("Chloé Checker");
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_reads_the_thread_but_may_not_post() {
        long claim = claim();

        assertThat(comments.list(claim)).isEmpty();
        assertThatThrownBy(() -> comments.post(claim, "Me too", Set.of())).isInstanceOf(AccessDeniedException.class);
        assertThat(comments.list(claim)).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void the_thread_is_oldest_first() {
        long claim = claim();

        comments.post(claim, "first", Set.of());
        comments.post(claim, "second", Set.of());
        SignedIn.as(users, "checker");
        comments.post(claim, "third", Set.of());

        assertThat(comments.list(claim)).extracting(CommentItem::body).containsExactly("first", "second", "third");
        assertThat(comments.list(claim(1))).as("each claim has its own thread").isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void a_blank_comment_is_refused() {
        long claim = claim();

        assertThat(Violations.of(() -> comments.post(claim, " \n\t ", Set.of())))
                .containsExactly("body: validation.required");
        assertThat(Violations.of(() -> comments.post(claim, "", Set.of())))
                .containsExactly("body: validation.required");
        assertThat(comments.list(claim)).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void a_comment_longer_than_the_limit_is_refused_and_one_at_the_limit_is_kept() {
        long claim = claim();

        assertThat(Violations.of(() -> comments.post(claim, "x".repeat(CommentService.BODY_MAX + 1), Set.of())))
                .containsExactly("body: validation.too-long");
        comments.post(claim, "x".repeat(CommentService.BODY_MAX), Set.of());

        assertThat(comments.list(claim)).singleElement()
                .satisfies(comment -> assertThat(comment.body()).hasSize(CommentService.BODY_MAX));
    }

    @Test
    @WithUserDetails("editor")
    void a_comment_on_an_unknown_claim_is_refused() {
        RefusedException refused = catchThrowableOfType(RefusedException.class,
                () -> comments.post(999_999, "Hello", Set.of()));

        assertThat(refused).isNotNull();
        assertThat(refused.key()).isEqualTo("claim.error.gone");
    }

    @Test
    @WithUserDetails("editor")
    void html_and_script_are_stored_exactly_as_typed() {
        long claim = claim();
        String body = "  <script>alert(1)</script>\n<img src=x onerror=alert(1)> & <b>bold</b>  \n";

        comments.post(claim, body, Set.of());

        assertThat(comments.list(claim)).extracting(CommentItem::body).containsExactly(body);
    }

    @Test
    @WithUserDetails("editor")
    void colleagues_picked_and_named_in_the_text_are_mentioned_and_told() {
        long claim = claim();

        long id = comments.post(claim, "Could you look, @Checker? Thanks.", Set.of("viewer"));

        assertThat(comments.list(claim)).singleElement()
                .satisfies(comment -> assertThat(comment.mentions()).containsExactlyInAnyOrder("checker", "viewer"));
        assertThat(mentionEvents()).containsExactlyInAnyOrder(
                new ColleagueMentioned(claim, id, "checker", "editor"),
                new ColleagueMentioned(claim, id, "viewer", "editor"));
    }

    @Test
    @WithUserDetails("editor")
    void a_thread_read_afresh_lists_each_comment_once_with_all_its_mentions() {
        long claim = claim();
        comments.post(claim, "First, @checker and @viewer.", Set.of());
        comments.post(claim, "Second, to no one.", Set.of());
        entities.flush();
        entities.clear();

        // One row per mention comes back from the database: the thread must still hold each comment once.
        assertThat(comments.list(claim)).extracting(CommentItem::body, CommentItem::mentions).containsExactly(
                tuple("First, @checker and @viewer.", Set.of("checker", "viewer")),
                tuple("Second, to no one.", Set.of()));
    }

    @Test
    @WithUserDetails("editor")
    void a_name_followed_by_a_full_stop_is_still_a_mention() {
        long claim = claim();

        comments.post(claim, "Over to @checker.", Set.of());

        assertThat(comments.list(claim).getFirst().mentions()).containsExactly("checker");
    }

    @Test
    @WithUserDetails("editor")
    void unknown_names_are_just_text() {
        long claim = claim();

        comments.post(claim, "Ask @nobody or write to someone@example.org", Set.of("ghost"));

        CommentItem comment = comments.list(claim).getFirst();
        assertThat(comment.mentions()).isEmpty();
        assertThat(comment.body()).isEqualTo("Ask @nobody or write to someone@example.org");
        assertThat(mentionEvents()).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void the_author_mentioning_themselves_is_not_told() {
        long claim = claim();

        long id = comments.post(claim, "Note to self, @editor: and @checker", Set.of("editor"));

        assertThat(comments.list(claim).getFirst().mentions()).containsExactlyInAnyOrder("editor", "checker");
        assertThat(mentionEvents()).containsExactly(new ColleagueMentioned(claim, id, "checker", "editor"));
    }

    @Test
    @WithUserDetails("admin")
    void a_disabled_user_is_not_mentioned() {
        long claim = claim();
        UserItem viewer = userService.list().stream().filter(user -> user.username().equals("viewer")).findFirst()
                .orElseThrow();
        userService.setEnabled(viewer.id(), false);
        SignedIn.as(users, "editor");

        comments.post(claim, "@viewer, @checker", Set.of());

        assertThat(comments.list(claim).getFirst().mentions()).containsExactly("checker");
    }

    @Test
    @WithUserDetails("checker")
    void posting_writes_the_comment_to_the_claims_history() {
        long claim = claim();

        comments.post(claim, "Line one\nline two", Set.of());

        assertThat(claims.history(claim)).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("comment.posted");
            assertThat(entry.actor()).isEqualTo("checker");
            assertThat(entry.claimId()).isEqualTo(claim);
            assertThat(entry.before()).isNull();
            assertThat(entry.after()).isEqualTo("Line one\nline two");
        });
    }

    private List<ColleagueMentioned> mentionEvents() {
        return events.stream(ColleagueMentioned.class).toList();
    }

    private long claim() {
        return claim(0);
    }

    private long claim(int index) {
        long seed = articles.list("vise à renforcer les liens de Bakou", PageRequest.of(0, 10)).getFirst().id();
        return claims.list(seed, PageRequest.of(0, 100)).get(index).id();
    }
}
