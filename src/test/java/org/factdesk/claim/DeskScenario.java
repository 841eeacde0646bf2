package org.factdesk.claim;

import org.factdesk.source.Reliability;
import org.factdesk.source.SourceData;
import org.factdesk.source.SourceKind;
import org.factdesk.source.SourceService;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.factdesk.dashboard.DeskFigures;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.workflow.AssignmentData;
import org.factdesk.workflow.OverdueClaims;
import org.factdesk.workflow.WorkflowService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A desk in the middle of its week, for screenshots: an English article of its own (so other browser tests keep the
 * seed article as they expect it), its claims assigned to the fact-checker with due dates and priorities, one in
 * review, one approved, one for the editor, one waiting to be taken, and one overdue whose watchers were told.
 * Everything goes through the services as the desk would, except what only time does: the overdue due date (the
 * service refuses a date in the past) is moved back in the table before the overdue check runs, and the approved
 * claim's selection is moved a day and a half before its approval.
 */
public final class DeskScenario {

    public static final String TITLE = "City council approves a record budget for 2026";

    private static final String BODY = """
            The city council approved a budget of 412 million euros on Tuesday, the largest in its history.
            According to the finance office, spending on public transport rose by 18% compared with 2025.
            Mayor Claire Dubois said the city had hired 240 new teachers since she took office in 2020.
            The opposition claims that property taxes have doubled in five years.
            A report by the regional audit court found that the city's debt fell to 96 million euros last year.
            Council member Marc Leroy said the new tram line will carry 40,000 passengers a day.
            The city received 12 million euros from the European Union for the renovation of the old harbour.
            Unemployment in the city dropped to 6.1% in the third quarter, according to the national statistics office.
            """;

    private DeskScenario() {
    }

    /** Stages the desk once; returns the id of the overdue claim. */
    public static long stage(ApplicationContext context) {
        UserDetailsService users = context.getBean(UserDetailsService.class);
        ClaimService claims = context.getBean(ClaimService.class);
        WorkflowService workflow = context.getBean(WorkflowService.class);
        SignedIn.as(users, "editor");
        LocalDate today = context.getBean(DeskSettingsService.class).today();
        long article = context.getBean(ArticleService.class).importArticle(new ArticleData(TITLE, BODY,
                "Harbour Gazette", "https://gazette.example.org/budget-2026", "Anna Martin", today.minusDays(1), "en"));
        List<Long> ids = claims.list(article, PageRequest.of(0, 8)).stream().map(ClaimRow::id).toList();
        ids.forEach(id -> claims.select(id, claims.find(id).orElseThrow().version()));
        assign(claims, workflow, ids.get(0), "checker", today.plusDays(1), Priority.URGENT);
        assign(claims, workflow, ids.get(1), "checker", today.plusDays(4), Priority.HIGH);
        assign(claims, workflow, ids.get(2), "checker", null, Priority.NORMAL);
        assign(claims, workflow, ids.get(3), "checker", today, Priority.HIGH);
        assign(claims, workflow, ids.get(4), "checker", today.plusDays(2), Priority.NORMAL);
        assign(claims, workflow, ids.get(5), "checker", today.plusDays(3), Priority.LOW);
        assign(claims, workflow, ids.get(6), "editor", today.plusDays(6), Priority.NORMAL);
        researchAndSubmit(context, users, ids.get(4));
        researchAndSubmit(context, users, ids.get(5));
        SignedIn.as(users, "editor");
        workflow.approve(ids.get(5), claims.find(ids.get(5)).orElseThrow().version());
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        jdbc.update("update claim set due_date = ? where id = ?", today.minusDays(2), ids.get(3));
        // Approved a day and a half after it was selected, as a desk would, rather than within the same second.
        jdbc.update("update claim set selected_at = dateadd('HOUR', -36, approved_at) where id = ?", ids.get(5));
        // SQL bypasses the dashboard's kept figures (decision 024): counted again, as after the generator's.
        context.getBean(DeskFigures.class).recount();
        SignedIn.out();
        context.getBean(OverdueClaims.class).tellWatchers();
        return ids.get(3);
    }

    private static void assign(ClaimService claims, WorkflowService workflow, long id, String assignee,
                               @Nullable LocalDate due, Priority priority) {
        workflow.assign(id, claims.find(id).orElseThrow().version(), new AssignmentData(assignee, due, priority));
    }

    private static void researchAndSubmit(ApplicationContext context, UserDetailsService users, long id) {
        ClaimService claims = context.getBean(ClaimService.class);
        ResearchService research = context.getBean(ResearchService.class);
        SignedIn.as(users, "checker");
        research.take(id, claims.find(id).orElseThrow().version());
        long rating = context.getBean(RatingScaleService.class).active().get(1).id();
        research.saveVerdict(id, claims.find(id).orElseThrow().version(), new VerdictData(rating,
                "The finance office's own tables give a slightly lower figure."));
        context.getBean(SourceService.class).add(id, new SourceData("https://city.example.org/budget/2026.pdf",
                "Budget 2026, annex 3", "City finance office", SourceKind.OFFICIAL_STATISTICS, null, null,
                Reliability.HIGH, null));
        research.submit(id, claims.find(id).orElseThrow().version());
    }
}
