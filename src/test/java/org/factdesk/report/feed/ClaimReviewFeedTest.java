package org.factdesk.report.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import jakarta.persistence.EntityManager;
import jakarta.servlet.Filter;
import java.net.URI;
import java.util.List;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.SignedIn;
import org.factdesk.workflow.WorkflowService;
import org.factdesk.report.Approvals;
import org.factdesk.security.SecurityHeaders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The feed through the application's real filter chains (MockMvc, no browser): the switch, tokens, paging, since,
 * what is published, bad parameters; and the rest of the application still behind its sign-in page.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
class ClaimReviewFeedTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiFeedService feed;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    WorkflowService workflow;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;
    @Autowired
    UserDetailsService users;

    private MockMvc mvc;
    private Approvals approvals;
    private List<ClaimRow> rows;
    private String token;

    @BeforeEach
    void a_token_and_the_seed_articles_claims() {
        // The security filters as the server runs them, and nothing signed in beforehand.
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class)).build();
        approvals = new Approvals(context);
        SignedIn.as(users, "admin");
        token = feed.create(new ApiTokenData("Newsroom CMS")).secret();
        SignedIn.as(users, "editor");
        rows = approvals.candidates(Approvals.seedArticle(articles), 4);
    }

    private void feedOn(boolean on) {
        SignedIn.as(users, "admin");
        feed.setEnabled(on);
        SignedIn.out();
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        entityManager.flush();
        SignedIn.out();
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpServletResponse feed(String query) throws Exception {
        // A URI as it is, so that an encoded + reaches the server as the client sent it.
        return call(get(URI.create("/api/claimreviews" + query)).header("Authorization", "Bearer " + token));
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JsonMapper.shared().readTree(response.getContentAsString());
    }

    /**
     * Approval times fixed in the database, so that since and order can be checked: the claim was approved then and
     * has not changed since, and its article was imported before.
     */
    private void approvedAt(ClaimRow row, String instant) {
        entityManager.flush();
        jdbc.update("update claim set approved_at = cast(? as timestamp with time zone), review_modified_at = "
                + "cast(? as timestamp with time zone) where id = ?", instant, instant, row.id());
        jdbc.update("update article set review_modified_at = timestamp with time zone '2026-01-01 00:00:00+00' "
                + "where id = (select article_id from claim where id = ?)", row.id());
        entityManager.clear();
    }

    @Test
    void while_the_feed_is_off_it_answers_404_even_to_a_valid_token() throws Exception {
        MockHttpServletResponse response = feed("");

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(json(response).get("error").asString()).contains("off");
    }

    @Test
    void without_a_valid_token_the_feed_answers_401_with_a_bearer_challenge() throws Exception {
        feedOn(true);
        SignedIn.as(users, "admin");
        NewApiToken old = feed.create(new ApiTokenData("Old CMS"));
        feed.revoke(old.id());

        for (MockHttpServletRequestBuilder request : List.of(get("/api/claimreviews"),
                get("/api/claimreviews").header("Authorization", "Bearer fdk_wrong"),
                get("/api/claimreviews").header("Authorization", "Bearer "),
                get("/api/claimreviews").header("Authorization", "Basic ZWRpdG9yOmVkaXRvci1kZW1v"),
                get("/api/claimreviews").header("Authorization", "Bearer " + old.secret()))) {
            MockHttpServletResponse response = call(request);
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
            assertThat(json(response).get("error").asString()).contains("Authorization: Bearer");
            assertThat(response.getCookies()).as("stateless").isEmpty();
        }
    }

    @Test
    void a_revoked_token_is_refused_at_once() throws Exception {
        feedOn(true);
        assertThat(feed("").getStatus()).isEqualTo(200);
        SignedIn.as(users, "admin");
        feed.revoke(feed.tokens().getFirst().id());

        assertThat(feed("").getStatus()).isEqualTo(401);
    }

    @Test
    void the_feed_publishes_approved_claims_only_as_json_ld() throws Exception {
        approvals.approve(rows.get(0).id(), "False", "Le Kremlin", "Non.");
        approvals.submit(rows.get(1).id(), "True", "Personne", "En revue.");
        claims.select(rows.get(2).id(), approvals.version(rows.get(2).id()));
        feedOn(true);

        MockHttpServletResponse response = feed("");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/ld+json");
        JsonNode page = json(response);
        assertThat(page.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(page.get("@type").asString()).isEqualTo("ItemList");
        assertThat(page.get("numberOfItems").intValue()).isEqualTo(1);
        assertThat(page.has("next")).isFalse();
        assertThat(response.getHeader("Link")).isNull();
        JsonNode review = page.get("itemListElement").get(0);
        assertThat(page.get("itemListElement").size()).isEqualTo(1);
        assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
        assertThat(review.get("claimReviewed").asString()).isEqualTo(rows.get(0).statement());
        assertThat(review.get("reviewRating").get("alternateName").asString()).isEqualTo("Faux");
        assertThat(review.get("url").asString()).endsWith("#claim-" + rows.get(0).id());
    }

    /** Three claims approved on three days, the feed on; their ids in order. */
    private List<Long> threeApprovedWithTheFeedOn() {
        for (int i = 0; i < 3; i++) {
            approvals.approve(rows.get(i).id(), "True", "A", "Yes.");
            approvedAt(rows.get(i), "2026-02-0" + (i + 1) + " 10:00:00+00");
            SignedIn.as(users, "editor");
        }
        feedOn(true);
        return rows.subList(0, 3).stream().map(ClaimRow::id).sorted().toList();
    }

    @Test
    void pages_link_to_the_next_one_by_the_last_claim_in_the_body_and_in_a_link_header_until_the_last()
            throws Exception {
        List<Long> byId = threeApprovedWithTheFeedOn();
        MockHttpServletResponse firstResponse = feed("?size=2");
        JsonNode first = json(firstResponse);
        String next = "http://localhost/api/claimreviews?since=1970-01-01T00:00:00Z&after=" + byId.get(1) + "&size=2";

        assertThat(first.get("numberOfItems").intValue()).isEqualTo(3);
        assertThat(urls(first)).as("in the order of ids")
                .containsExactly("#claim-" + byId.get(0), "#claim-" + byId.get(1));
        assertThat(first.get("url").asString()).isEqualTo("http://localhost/api/claimreviews?since=1970-01-01T00:00:00Z"
                + "&size=2");
        assertThat(first.get("next").asString()).isEqualTo(next);
        assertThat(firstResponse.getHeader("Link")).isEqualTo("<" + next + ">; rel=\"next\"");
        MockHttpServletResponse lastResponse = feed(next.substring(next.indexOf('?')));
        JsonNode last = json(lastResponse);
        assertThat(urls(last)).containsExactly("#claim-" + byId.get(2));
        assertThat(last.has("numberOfItems")).as("counted on the first page only: a count reads every change")
                .isFalse();
        assertThat(last.get("url").asString()).isEqualTo(next);
        assertThat(last.has("next")).isFalse();
        assertThat(lastResponse.getHeader("Link")).isNull();
        assertThat(json(feed("?size=2&after=" + byId.get(2))).get("itemListElement").size()).isZero();
    }

    @Test
    void pages_asked_for_by_number_still_link_by_number_and_count_every_time() throws Exception {
        List<Long> byId = threeApprovedWithTheFeedOn();
        JsonNode second = json(feed("?size=1&page=1"));
        assertThat(urls(second)).containsExactly("#claim-" + byId.get(1));
        assertThat(second.get("numberOfItems").intValue()).isEqualTo(3);
        assertThat(second.get("next").asString())
                .isEqualTo("http://localhost/api/claimreviews?since=1970-01-01T00:00:00Z&page=2&size=1");
        JsonNode last = json(feed("?size=1&page=2"));
        assertThat(urls(last)).containsExactly("#claim-" + byId.get(2));
        assertThat(last.has("next")).isFalse();
        assertThat(json(feed("?size=1&page=3")).get("itemListElement").size()).isZero();
    }

    @Test
    void since_leaves_out_claims_approved_before_it_whatever_offset_it_is_written_with() throws Exception {
        approvals.approve(rows.get(0).id(), "True", "A", "Old.");
        approvals.approve(rows.get(1).id(), "False", "B", "New.");
        approvedAt(rows.get(0), "2026-01-15 10:00:00+00");
        approvedAt(rows.get(1), "2026-03-15 10:00:00+00");
        feedOn(true);

        assertThat(urls(json(feed("?since=2026-02-01T00:00:00Z")))).containsExactly(fragment(1));
        assertThat(urls(json(feed("?since=2026-02-01T01:00:00%2B01:00")))).containsExactly(fragment(1));
        assertThat(urls(json(feed("?since=2026-01-15T10:00:00Z")))).as("inclusive")
                .containsExactlyInAnyOrder(fragment(0), fragment(1));
        assertThat(urls(json(feed("?since=2026-03-16T00:00:00Z")))).isEmpty();
    }

    @Test
    void bad_parameters_are_refused_with_400_and_a_message() throws Exception {
        feedOn(true);

        for (String query : List.of("?since=yesterday", "?since=2026-02-30T00:00:00Z", "?page=-1", "?page=abc",
                "?size=0", "?size=101", "?size=ten", "?page=2147483647&size=2", "?after=abc", "?after=-1",
                "?after=3&page=1")) {
            MockHttpServletResponse response = feed(query);
            assertThat(response.getStatus()).as(query).isEqualTo(400);
            assertThat(response.getContentType()).startsWith("application/json");
            assertThat(json(response).get("error").asString()).as(query).isNotBlank();
        }
        assertThat(json(feed("?size=ten")).get("error").asString()).isEqualTo("size must be a whole number from 1 "
                + "to 100");
        assertThat(feed("?size=100&page=0").getStatus()).isEqualTo(200);
    }

    @Test
    void the_application_itself_still_sends_strangers_to_its_sign_in_page_token_or_not() throws Exception {
        feedOn(true);

        MockHttpServletResponse page = call(get("/articles").header("Authorization", "Bearer " + token));

        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void an_unknown_api_address_answers_404_as_json_not_an_html_page() throws Exception {
        feedOn(true);

        for (String path : List.of("/api/claimreview", "/api/claimreviews/12", "/api/", "/api/v2/anything")) {
            MockHttpServletResponse response = call(get(path).header("Authorization", "Bearer " + token));
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(response.getContentType()).as(path).startsWith("application/json");
            assertThat(json(response).get("error").asString()).as(path).contains("/api/claimreviews");
        }
    }

    @Test
    void another_method_than_get_on_the_feed_answers_405_as_json_with_allow() throws Exception {
        feedOn(true);

        for (MockHttpServletRequestBuilder request : List.of(post("/api/claimreviews"), put("/api/claimreviews"),
                delete("/api/claimreviews"), patch("/api/claimreviews"))) {
            MockHttpServletResponse response = call(request.header("Authorization", "Bearer " + token));
            assertThat(response.getStatus()).isEqualTo(405);
            assertThat(response.getHeader("Allow")).contains("GET");
            assertThat(response.getContentType()).startsWith("application/json");
            assertThat(json(response).get("error").asString()).contains("GET");
        }
        assertThat(feed("").getStatus()).as("GET still answers").isEqualTo(200);
    }

    @Test
    void the_feed_s_answers_carry_the_same_security_headers_as_the_pages() throws Exception {
        for (boolean on : List.of(false, true)) {
            feedOn(on);
            for (MockHttpServletResponse response : List.of(feed(""), call(get("/api/claimreviews")))) {
                assertThat(response.getHeader("Content-Security-Policy"))
                        .isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
                assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
                assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
                assertThat(response.getHeader("Cache-Control")).contains("no-store");
            }
        }
    }

    private String fragment(int row) {
        return "#claim-" + rows.get(row).id();
    }

    private static List<String> urls(JsonNode page) {
        return page.get("itemListElement").values().stream()
                .map(review -> review.get("url").asString().replaceAll("^.*(#claim-\\d+)$", "$1")).toList();
    }
}
