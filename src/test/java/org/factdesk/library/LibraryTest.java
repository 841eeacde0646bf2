package org.factdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimDetails;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ResearchService;
import org.factdesk.claim.SignedIn;
import org.factdesk.source.SourceService;
import org.factdesk.claim.VerdictData;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.workflow.AssignmentData;
import org.factdesk.workflow.WorkflowService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The library through its service, committing as the app does (the index follows commits): imports idempotent by
 * URL, the index in step with a change, matching in the claim's language, and the desk's own verdicts entering on
 * approval and leaving on a reopening. A Spring context of its own, so its committed rows never meet other tests.
 */
@SpringBootTest(properties = "factdesk.test.context=library")
@ExtendWith(SignedIn.class)
@WithUserDetails("editor")
class LibraryTest {

    @Autowired
    LibraryService library;

    @Autowired
    LibraryImports imports;

    @Autowired
    FactCheckRepository factChecks;

    @Autowired
    LibraryStore store;

    @Autowired
    Matcher matcher;

    @Autowired
    Embeddings embeddings;

    @Autowired
    LibraryGeneration generation;

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    ResearchService research;

    @Autowired
    WorkflowService workflow;

    @Autowired
    SourceService sources;

    @Autowired
    RatingScaleService ratings;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void empty_the_library() {
        jdbc.update("delete from claim_match");
        factChecks.deleteAll();
        jdbc.update("delete from fact_check_import");
        jdbc.update("delete from fact_check_feed");
        jdbc.execute("alter table fact_check drop constraint if exists ck_library_test_refused");
    }

    static String review(String url, String claim, String rating) {
        return """
                {"@context": "https://schema.org", "@type": "ClaimReview", "url": "%s", "claimReviewed": "%s",
                 "reviewRating": {"@type": "Rating", "alternateName": "%s"},
                 "author": {"@type": "Organization", "name": "AFP Factuel"}, "datePublished": "2024-03-05"}"""
                .formatted(url, claim, rating);
    }

    private ImportProgress imported(long id) throws Exception {
        imports.await(id);
        return library.importProgress(id);
    }

    private long importJson(String json) throws Exception {
        long id = library.importClaimReviews("reviews.json", json.getBytes(StandardCharsets.UTF_8));
        imports.await(id);
        return id;
    }

    @Test
    void importing_the_same_file_twice_updates_and_never_adds_twice() throws Exception {
        String json = "[" + review("https://fc.example.org/1", "Inflation reached 12% in 2023", "False") + ","
                + review("https://fc.example.org/2", "Wind turbines kill millions of birds", "Misleading") + "]";

        ImportProgress first = imported(library.importClaimReviews("a.json", json.getBytes(StandardCharsets.UTF_8)));
        ImportProgress second = imported(library.importClaimReviews("a.json",
                json.replace("\"False\"", "\"Mostly false\"").getBytes(StandardCharsets.UTF_8)));

        assertThat(first.added()).isEqualTo(2);
        assertThat(second.added()).isZero();
        assertThat(second.updated()).isEqualTo(2);
        assertThat(library.count("")).isEqualTo(2);
        assertThat(library.list("inflation", 0, 10)).extracting(FactCheckItem::rating).containsExactly("Mostly false");
        assertThat(library.recentImports().getFirst().finished()).isTrue();
    }

    @Test
    void a_bad_record_is_skipped_with_its_reason_and_never_stops_the_import() throws Exception {
        String csv = "claim,url,rating\n"
                + "Prices doubled,https://fc.example.org/a,False\n"
                + "No address,,True\n"
                + "\"A claim, with a comma\",https://fc.example.org/b,Misleading\n"
                + "Bad address,ftp://fc.example.org/c,False\n";

        ImportProgress done = imported(library.importCsv("a.csv", csv.getBytes(StandardCharsets.UTF_8),
                library.previewCsv(csv.getBytes(StandardCharsets.UTF_8)).guessed()));

        assertThat(done.added()).isEqualTo(2);
        assertThat(done.skippedRows()).containsExactly(new ImportProgress.SkippedRow(2, "library.skip.no-url"),
                new ImportProgress.SkippedRow(4, "library.skip.bad-url"));
        assertThat(library.recentImports().getFirst().skippedRows()).hasSize(2);
    }

    @Test
    void a_row_the_database_refuses_in_the_middle_of_a_batch_is_skipped_with_its_reason_and_the_batch_is_kept()
            throws Exception {
        jdbc.execute("alter table fact_check add constraint ck_library_test_refused "
                + "check (claim <> 'Refused by the database')");
        int rows = LibraryImports.BATCH + 20;
        int refused = LibraryImports.BATCH / 2;
        StringBuilder csv = new StringBuilder("claim,url,rating\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(i == refused ? "Refused by the database" : "Harbour works cost " + i + " million")
                    .append(",https://fc.example.org/harbour/").append(i).append(",False\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        ImportProgress done = imported(library.importCsv("harbour.csv", file, library.previewCsv(file).guessed()));

        assertThat(done.added()).isEqualTo(rows - 1);
        assertThat(done.skippedRows()).containsExactly(
                new ImportProgress.SkippedRow(refused, "library.skip.not-saved"));
        // Counted by this file's addresses: classes sharing this context may have left fact-checks of their own.
        assertThat(jdbc.queryForObject("select count(*) from fact_check where url like ?", Long.class,
                "https://fc.example.org/harbour/%")).isEqualTo(rows - 1);
        assertThat(library.count("harbour")).as("every saved row is in the index").isEqualTo(rows - 1);
        assertThat(factChecks.findByUrl("https://fc.example.org/harbour/" + (refused + 1))).isPresent();
    }

    @Test
    void a_url_met_twice_in_one_file_is_added_once_and_then_updated() throws Exception {
        String csv = "claim,url,rating\n"
                + "Prices doubled in a year,https://fc.example.org/prices,False\n"
                + "Wind turbines kill millions of birds,https://fc.example.org/birds,Misleading\n"
                + "Prices tripled in a year,https://fc.example.org/prices,Mostly false\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);

        ImportProgress done = imported(library.importCsv("twice.csv", file, library.previewCsv(file).guessed()));

        assertThat(done.added()).isEqualTo(2);
        assertThat(done.updated()).isEqualTo(1);
        assertThat(done.skippedRows()).isEmpty();
        assertThat(library.list("tripled", 0, 10)).extracting(FactCheckItem::rating).containsExactly("Mostly false");
        assertThat(library.count("doubled")).isZero();
    }

    @Test
    void an_import_meeting_the_desk_own_entry_skips_that_row_with_its_reason_and_keeps_the_others()
            throws Exception {
        store.saveDeskClaim(987_654L, new FactCheckData("https://desk.example.org/articles/1#claim-987654",
                "The mayor opened 12 schools", null, "True", "FactDesk", "en", null));
        String csv = "claim,url,rating\n"
                + "Bridges cost twice the budget,https://fc.example.org/bridges,False\n"
                + "The mayor opened 3 schools,https://desk.example.org/articles/1#claim-987654,False\n"
                + "Tram fares rose by half,https://fc.example.org/trams,Misleading\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);

        ImportProgress done = imported(library.importCsv("desk.csv", file, library.previewCsv(file).guessed()));

        assertThat(done.added()).isEqualTo(2);
        assertThat(done.skippedRows()).containsExactly(new ImportProgress.SkippedRow(2, "library.skip.desk-entry"));
        assertThat(factChecks.findByDeskClaimId(987_654L)).extracting(FactCheck::getClaim)
                .containsExactly("The mayor opened 12 schools");
    }

    @Test
    void fact_checks_tied_at_the_last_candidate_place_are_taken_by_id_whatever_the_index_order() throws Exception {
        int rows = Matcher.CANDIDATES + 30;
        StringBuilder all = new StringBuilder("claim,url,rating\n");
        StringBuilder firstHalf = new StringBuilder("claim,url,rating\n");
        for (int i = 1; i <= rows; i++) {
            all.append("The harbour works cost a fortune,https://fc.example.org/tie/").append(i).append(",False\n");
            if (i <= rows / 2) {
                firstHalf.append("The harbour works cost a fortune,https://fc.example.org/tie/").append(i)
                        .append(",Misleading\n");
            }
        }
        for (StringBuilder csv : List.of(all, firstHalf)) {
            byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
            imported(library.importCsv("tie.csv", file, library.previewCsv(file).guessed()));
        }
        // The update re-added the first half at the end of Lucene's document order.
        List<Long> ids = factChecks.findAll().stream().map(FactCheck::getId).map(java.util.Objects::requireNonNull)
                .sorted().toList();

        List<Matcher.Candidate> candidates = matcher.candidates("harbour works fortune", "fr", null,
                Matcher.CANDIDATES, 0);

        assertThat(candidates).extracting(Matcher.Candidate::lexical).containsOnly(1.0);
        assertThat(candidates).extracting(Matcher.Candidate::id)
                .containsExactlyElementsOf(ids.subList(0, Matcher.CANDIDATES));
    }

    @Test
    void after_an_upgrade_from_the_former_model_its_vectors_are_computed_again_and_matches_stay_right_meanwhile()
            throws Exception {
        importJson("[" + review("https://fc.example.org/wind", "Wind turbines kill thousands of birds every year",
                "False") + "," + review("https://fc.example.org/power", "The price of electricity doubled last winter",
                "Misleading") + "," + review("https://fc.example.org/vote", "Dead people voted in the election",
                "False") + "]");
        embeddings.computeMissing();
        // The former model's vectors: 384 floats, base64, no format prefix.
        String former = java.util.Base64.getEncoder().encodeToString(new byte[384 * Float.BYTES]);
        jdbc.update("update fact_check set embedding = ?", former);
        long before = generation.current();

        List<LibraryMatch> meanwhile = rankedDuringTheUpgrade(3);

        assertThat(meanwhile.getFirst().factCheck().url()).isEqualTo("https://fc.example.org/wind");
        assertThat(generation.current()).as("rankings stored with the former model are no longer current")
                .isGreaterThan(before);
        assertThat(jdbc.queryForList("select embedding from fact_check", String.class))
                .allSatisfy(vector -> assertThat(vector).startsWith(Embeddings.FORMAT));
        assertThat(matcher.rank("Did the dead vote in the election?", "en", null, 3).getFirst().factCheck().url())
                .isEqualTo("https://fc.example.org/vote");
    }

    /**
     * Forgets the vectors kept in memory (as a restart would), runs the upgrade of the stored vectors in the background,
     * and gives the {@code count} best matches of an English claim ranked meanwhile, once the upgrade is done.
     */
    private List<LibraryMatch> rankedDuringTheUpgrade(int count) throws Exception {
        factChecks.findAll().forEach(one -> embeddings.forget(java.util.Objects.requireNonNull(one.getId())));
        embeddings.upgradeLater();
        List<LibraryMatch> meanwhile = matcher.rank("Do wind turbines really kill so many birds?", "en", null, count);
        embeddings.computeMissingLater().get();
        return meanwhile;
    }

    @Test
    void after_an_upgrade_from_bge_alone_each_vector_keeps_its_bge_part_and_gets_e5_s() throws Exception {
        importJson("[" + review("https://fc.example.org/wind", "Wind turbines kill thousands of birds every year",
                "False") + "," + review("https://fc.example.org/vote", "Dead people voted in the election",
                "False") + "]");
        embeddings.computeMissing();
        Map<String, String> both = new java.util.HashMap<>();
        jdbc.query("select url, embedding from fact_check", rs -> {
            both.put(rs.getString(1), rs.getString(2));
        });
        // The version before stored bge's half-precision vector alone behind "b:" (its first 1,024 base64 characters).
        both.forEach((url, stored) -> jdbc.update("update fact_check set embedding = ? where url = ?",
                Embeddings.BGE_ONLY + stored.substring(Embeddings.FORMAT.length(), Embeddings.FORMAT.length() + 1024),
                url));
        long before = generation.current();

        List<LibraryMatch> meanwhile = rankedDuringTheUpgrade(2);

        assertThat(meanwhile.getFirst().factCheck().url()).isEqualTo("https://fc.example.org/wind");
        assertThat(generation.current()).as("rankings stored without e5 are no longer current").isGreaterThan(before);
        both.forEach((url, stored) -> assertThat(jdbc.queryForObject(
                "select embedding from fact_check where url = ?", String.class, url))
                .as("bge's part kept, e5's added").startsWith(stored.substring(0, Embeddings.FORMAT.length() + 1024))
                .hasSize(stored.length()));
    }

    @Test
    void the_index_follows_a_change_new_words_are_found_and_old_ones_no_longer() throws Exception {
        importJson(review("https://fc.example.org/1", "Inflation reached 12% in 2023", "False"));
        assertThat(library.count("inflation")).isEqualTo(1);

        importJson(review("https://fc.example.org/1", "Unemployment fell by half among the young", "False"));

        assertThat(library.count("inflation")).isZero();
        assertThat(library.count("unemployment")).isEqualTo(1);
    }

    @Test
    void a_french_claim_meets_its_earlier_check_through_elision_accents_and_plurals() throws Exception {
        importJson("[" + review("https://fc.example.fr/1", "Les éoliennes tuent des milliers d'oiseaux", "Faux")
                + "," + review("https://fc.example.fr/2", "Le prix de l'électricité a doublé", "Trompeur") + ","
                + review("https://fc.example.fr/3", "L'inflation a atteint 12 % en 2023", "Faux") + "]");
        long article = articles.importArticle(new ArticleData("Énergie",
                "Selon le maire, une eolienne tue chaque année des oiseaux par milliers.", null, null, null, null,
                "fr"));
        ClaimRow row = claims.list(article, PageRequest.of(0, 5)).getFirst();
        try {
            List<CheckedBefore> found = library.checkedBefore(row.id());

            assertThat(found).isNotEmpty();
            assertThat(found.getFirst().match().factCheck().url()).isEqualTo("https://fc.example.fr/1");
            assertThat(found.getFirst().match().matchedWords()).contains("eolienne", "oiseaux");
            assertThat(found.getFirst().match().similarity()).isBetween(0.0, 1.0);
        } finally {
            deleteArticle(article);
        }
    }

    @Test
    void an_approved_claim_enters_the_library_with_its_link_and_leaves_it_when_reopened() throws Exception {
        long article = articles.importArticle(new ArticleData("Emplois",
                "Le gouvernement a déclaré que 150 000 emplois avaient été créés en 2022.", null, null, null, null,
                "fr"));
        long claimId = claims.list(article, PageRequest.of(0, 5)).getFirst().id();
        try {
            approve(claimId, "Selon l'Insee.");

            List<FactCheck> entries = factChecks.findByDeskClaimId(claimId);
            assertThat(entries).hasSize(1);
            assertThat(entries.getFirst().getUrl()).endsWith("/articles/" + article + "#claim-" + claimId);
            assertThat(entries.getFirst().toItem().rating()).isNotBlank();
            assertThat(entries.getFirst().getOrigin()).isEqualTo(FactCheckOrigin.DESK);
            assertThat(library.checkedBefore(claimId)).as("a claim never matches its own entry")
                    .noneMatch(one -> claimId == java.util.Objects.requireNonNullElse(
                            one.match().factCheck().deskClaimId(), -1L));

            workflow.reopen(claimId, details(claimId).version(), "Une correction");

            assertThat(factChecks.findByDeskClaimId(claimId)).isEmpty();
        } finally {
            SignedIn.as(users, "editor");
            deleteArticle(article);
        }
    }

    @Test
    void an_english_claim_finds_an_earlier_check_in_other_words_by_meaning_and_never_its_own_entry() throws Exception {
        importJson("[" + review("https://fc.example.org/eagles", "Windmills are slaughtering eagles in huge numbers",
                "False") + "," + review("https://fc.example.org/power", "The price of electricity doubled last winter",
                "Misleading") + "," + review("https://fc.example.org/vote", "Dead people voted in the election",
                "False") + "]");
        long article = articles.importArticle(new ArticleData("Energy",
                "The mayor said that wind turbines kill thousands of birds every year.", null, null, null, null, "en"));
        long claimId = claims.list(article, PageRequest.of(0, 5)).getFirst().id();
        try {
            approve(claimId, "The bird society's counts.");
            // The imported fact-checks and the desk's new entry join the nearest vectors.
            embeddings.computeMissing();
            String statement = details(claimId).statement();
            long eagles = factChecks.findByUrl("https://fc.example.org/eagles").orElseThrow().getId();

            assertThat(matcher.candidates(statement, "en", claimId, Matcher.CANDIDATES, 0))
                    .as("BM25 alone: not a word in common").extracting(Matcher.Candidate::id).doesNotContain(eagles);
            List<Matcher.Candidate> withNearest = matcher.candidates(statement, "en", claimId, Matcher.CANDIDATES, 30);
            assertThat(withNearest).extracting(Matcher.Candidate::id).contains(eagles);
            assertThat(withNearest).filteredOn(one -> one.id() == eagles).singleElement()
                    .satisfies(one -> assertThat(one.lexical()).isZero());
            List<CheckedBefore> found = library.checkedBefore(claimId);
            assertThat(found.getFirst().match().factCheck().url()).isEqualTo("https://fc.example.org/eagles");
            assertThat(found).as("a claim never matches its own entry, not even as its nearest")
                    .noneMatch(one -> one.match().factCheck().deskClaimId() != null);
        } finally {
            SignedIn.as(users, "editor");
            deleteArticle(article);
        }
    }

    /** Takes a claim through research to approval (its verdict the first rating, with one source). */
    private void approve(long claimId, String verdictNote) {
        claims.select(claimId, details(claimId).version());
        workflow.assign(claimId, details(claimId).version(), new AssignmentData("checker", null,
                org.factdesk.claim.Priority.NORMAL));
        SignedIn.as(users, "checker");
        research.take(claimId, details(claimId).version());
        research.saveVerdict(claimId, details(claimId).version(),
                new VerdictData(ratings.active().getFirst().id(), verdictNote));
        jdbc.update("insert into source (claim_id, url, title, kind, reliability, created_by, created_at) values "
                + "(?, 'https://sources.example.org', 'Source', 'OTHER', 'UNKNOWN', 'checker', current_timestamp)",
                claimId);
        research.submit(claimId, details(claimId).version());
        SignedIn.as(users, "editor");
        workflow.approve(claimId, details(claimId).version());
    }

    @Test
    void same_claim_adds_the_earlier_check_as_a_source_and_not_the_same_hides_it() throws Exception {
        importJson("[" + review("https://fc.example.fr/1", "Les éoliennes tuent des milliers d'oiseaux", "Faux")
                + "," + review("https://fc.example.fr/2", "Les éoliennes font baisser le prix des maisons", "Faux")
                + "]");
        long article = articles.importArticle(new ArticleData("Énergie",
                "Selon le maire, les éoliennes tuent des oiseaux par milliers et font baisser le prix des maisons.",
                null, null, null, null, "fr"));
        long claimId = claims.list(article, PageRequest.of(0, 5)).getFirst().id();
        try {
            claims.select(claimId, details(claimId).version());
            List<CheckedBefore> found = library.checkedBefore(claimId);
            assertThat(found).hasSize(2);
            LibraryMatch first = found.get(0).match();
            LibraryMatch second = found.get(1).match();

            library.decide(claimId, first.factCheck().id(), MatchDecision.SAME, first.similarity(), true);
            library.decide(claimId, second.factCheck().id(), MatchDecision.NOT_SAME, second.similarity(), false);

            assertThat(library.checkedBefore(claimId)).extracting(one -> one.match().factCheck().id(),
                    CheckedBefore::decision).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(first.factCheck().id(), MatchDecision.SAME));
            assertThat(sources.list(claimId)).extracting(source -> source.url())
                    .containsExactly(first.factCheck().url());
            assertThat(library.decisionCounts()).isEqualTo(Map.of(MatchDecision.SAME, 1L, MatchDecision.NOT_SAME, 1L));
        } finally {
            deleteArticle(article);
        }
    }

    private ClaimDetails details(long claimId) {
        return research.details(claimId).orElseThrow();
    }

    private void deleteArticle(long article) {
        deleteArticle(jdbc, factChecks, article);
    }

    /** Deletes an article with its claims and what hangs on them, and the desk's own entries in the library. */
    static void deleteArticle(JdbcTemplate jdbc, FactCheckRepository factChecks, long article) {
        jdbc.update("delete from claim_match where claim_id in (select id from claim where article_id = ?)", article);
        factChecks.deleteAll(factChecks.findAll().stream().filter(f -> f.getDeskClaimId() != null).toList());
        for (String table : List.of("notification", "source", "comment", "claim_proposer", "claim_correction",
                "claim_watcher")) {
            try {
                jdbc.update("delete from " + table + " where claim_id in (select id from claim where article_id = ?)",
                        article);
            } catch (org.springframework.dao.DataAccessException missing) {
                // Not every table exists in every version of the schema.
            }
        }
        jdbc.update("delete from activity where article_id = ?", article);
        jdbc.update("delete from claim where article_id = ?", article);
        jdbc.update("delete from article_revision where article_id = ?", article);
        jdbc.update("delete from article where id = ?", article);
    }
}
