package org.factdesk.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.combobox.ComboBox;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factdesk.PageText;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.Priority;
import org.factdesk.claim.ResearchService;
import org.factdesk.claim.SignedIn;
import org.factdesk.claim.VerdictData;
import org.factdesk.comment.CommentService;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.security.Colleague;
import org.factdesk.source.Reliability;
import org.factdesk.source.SourceData;
import org.factdesk.source.SourceKind;
import org.factdesk.source.SourceService;
import org.factdesk.workflow.AssignmentData;
import org.factdesk.workflow.WorkflowService;
import org.hibernate.SessionFactory;
import org.hibernate.stat.QueryStatistics;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * What opening a claim page reads: the colleagues, the rating scale and the display names once for all its parts,
 * and afresh at each drawing, so an administrator's change shows at the next one.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@ViewPackages(packages = "org.factdesk")
@WithUserDetails("editor")
class ClaimPageReadsTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ResearchService research;
    @Autowired
    WorkflowService workflow;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    CommentService comments;
    @Autowired
    SourceService sources;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @PersistenceContext
    EntityManager entities;

    private static final Pattern HQL = Pattern.compile("(?i:from) [A-Z]\\w* [a-z]\\w*\\b");

    private long articleId;
    private long claimId;

    /**
     * The seed article's top-ranked claim as full as a page gets: assigned to the checker, researched with a source,
     * commented on with a mention, approved by the editor, so that its header, verdict, workflow facts, comments and
     * history all show names or ratings.
     */
    @BeforeEach
    void an_approved_claim_with_a_comment() {
        articleId = articles.list("Le dirigeant russe", PageRequest.of(0, 1)).getFirst().id();
        ClaimRow row = claims.list(articleId, PageRequest.of(0, 1)).getFirst();
        claimId = row.id();
        claims.select(claimId, row.version());
        workflow.assign(claimId, version(), new AssignmentData("checker", null, Priority.NORMAL));
        SignedIn.by(users, "checker", () -> {
            research.take(claimId, version());
            research.saveVerdict(claimId, version(), new VerdictData(ratings.active().getFirst().id(), "Per INSEE."));
            sources.add(claimId, new SourceData("https://www.insee.fr/a", "Taux de chômage", null,
                    SourceKind.OFFICIAL_STATISTICS, null, null, Reliability.HIGH, null));
            comments.post(claimId, "Sources attached.", Set.of("editor"));
            research.submit(claimId, version());
        });
        workflow.approve(claimId, version());
        entities.flush();
        entities.clear();
    }

    @Test
    void an_opening_runs_no_query_twice() {
        Statistics statistics = entities.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        Map<String, Long> runs;
        long statements;
        try {
            statistics.clear();
            navigate("claims/" + claimId, ClaimView.class);
            statements = statistics.getPrepareStatementCount();
            runs = Arrays.stream(statistics.getQueries()).collect(Collectors.toMap(Function.identity(),
                    query -> statistics.getQueryStatistics(query).getExecutionCount()));
        } finally {
            statistics.setStatisticsEnabled(false);
        }

        assertThat(PageText.byId($(ClaimView.class).single(), "claim-approved").orElseThrow().text())
                .as("the workflow's facts name the approver").contains("Eddie Editor");
        // The colleagues and the scale are read by several parts; a display name is read on its own only for who is
        // not a colleague: here the application, which signed the seed import's line of the history. The approver's
        // or the assignee's name read on its own would run that query a second time.
        assertThat(runs).as("each query of an opening, with its runs (%d statements in all)", statements)
                .isNotEmpty().allSatisfy((query, count) -> assertThat(count).as(query).isEqualTo(1L));
    }

    /**
     * Hibernate counts a plan-cache hit when it finds a query's parsed HQL and another when it finds the query's
     * translation to SQL; a query it may not keep translated (one with an entity graph, or bound to a list of ids) is
     * translated again at each run and counts only the first. The HQL queries are those that name an entity (as
     * JPQL does, capitalised); the SQL ones name tables in lower case and are never translated.
     */
    @Test
    void a_second_opening_translates_no_query_to_sql_again() {
        navigate("claims/" + claimId, ClaimView.class);
        Statistics statistics = entities.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        Map<String, QueryStatistics> parsed;
        try {
            statistics.clear();
            navigate("claims/" + claimId, ClaimView.class);
            parsed = Arrays.stream(statistics.getQueries()).filter(HQL.asPredicate())
                    .collect(Collectors.toMap(Function.identity(), statistics::getQueryStatistics));
        } finally {
            statistics.setStatisticsEnabled(false);
        }

        assertThat(parsed.keySet()).as("the HQL queries of an opening").hasSizeGreaterThan(5)
                .anyMatch(query -> reads(query, "Claim")).anyMatch(query -> reads(query, "Comment"))
                .anyMatch(query -> reads(query, "SourceFile"));
        assertThat(parsed).allSatisfy((query, runs) -> assertThat(runs.getPlanCacheHitCount()).as(query)
                .isEqualTo(2 * runs.getExecutionCount()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_editor_s_assignment_form_reads_who_may_be_assigned_when_its_list_opens_not_when_the_page_does() {
        ClaimRow second = claims.list(articleId, PageRequest.of(0, 2)).get(1);
        claims.select(second.id(), second.version());
        entities.flush();
        workflow.assign(second.id(), research.details(second.id()).orElseThrow().version(),
                new AssignmentData("checker", null, Priority.NORMAL));
        entities.flush();
        entities.clear();
        Statistics statistics = entities.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            navigate("claims/" + second.id(), ClaimView.class);
            assertThat(statistics.getQueries()).as("the page read who may be assigned")
                    .noneMatch(query -> query.contains("u.roles"));

            ComboBox<Colleague> assignee = $(ComboBox.class).id("assign-to");
            assertThat(assignee.getValue()).as("the assignee, named as the page read them")
                    .isEqualTo(new Colleague("checker", "Chloé Checker"));
            assertThat(test(assignee).getSuggestions()).contains("Chloé Checker", "Eddie Editor")
                    .doesNotContain("Victor Viewer");
            assertThat(statistics.getQueries()).as("the list read them when it opened")
                    .anyMatch(query -> query.contains("u.roles"));
            test(assignee).setFilter("edd");
            assertThat(test(assignee).getSuggestions()).containsExactly("Eddie Editor");
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void a_drawing_after_a_colleague_is_renamed_shows_the_new_name() {
        navigate("claims/" + claimId, ClaimView.class);
        ClaimView page = $(ClaimView.class).single();
        assertThat(PageText.byId(page, "claim-heading").orElseThrow().parent().text()).contains("Chloé Checker");

        jdbc.update("update app_user set display_name = 'Chloé Renamed' where username = 'checker'");
        page.reload();

        assertThat(PageText.byId(page, "claim-heading").orElseThrow().parent().text()).contains("Chloé Renamed")
                .doesNotContain("Chloé Checker");
        assertThat(PageText.byId(page, "claim-page-history").orElseThrow().text()).contains("Chloé Renamed");
    }

    private static boolean reads(String query, String entity) {
        return Pattern.compile("(?i:select) \\w+ (?i:from) " + entity + " ").matcher(query).find();
    }

    private long version() {
        entities.flush();
        return research.details(claimId).orElseThrow().version();
    }
}
