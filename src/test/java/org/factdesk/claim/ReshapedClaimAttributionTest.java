package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * A claim split or merged without being reworded says what a new claim of its words would say (issue 12 #10): the
 * statement leaves "…, Devlin said" / "selon l'Insee" out, and the claimant and date are filled in, in English and
 * French. The words of a sentence split from its attribution stay the claimant's.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@WithUserDetails("editor")
class ReshapedClaimAttributionTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 11, 3);

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ClaimShapingService shaping;
    @Autowired
    ClaimRepository repository;
    @Autowired
    ResearchService research;

    @Test
    void the_part_split_off_with_its_attribution_leaves_it_out_and_names_the_claimant() {
        String sentence = "Crime fell by 20 % and burglaries halved in 2024, Devlin said.";
        long article = article(sentence + " Police numbers rose by 3,000.", "en");
        ClaimRow original = claim(article, sentence);

        long rest = shaping.split(original.id(), original.version(), sentence.indexOf("burglaries"));

        ClaimDetails second = details(rest);
        assertThat(second.statement()).isEqualTo("burglaries halved in 2024");
        assertThat(second.claimant()).isEqualTo("Devlin");
        assertThat(second.claimDate()).isEqualTo(PUBLISHED);
        ClaimDetails first = details(original.id());
        assertThat(first.statement()).isEqualTo("Crime fell by 20 % and");
        assertThat(first.claimant()).isEqualTo("Devlin");
    }

    @Test
    void the_part_that_keeps_a_leading_attribution_leaves_it_out_and_the_other_part_keeps_the_claimant() {
        String sentence = "According to the Home Office, police recorded 4.2 million offences and arrests rose.";
        long article = article(sentence, "en");
        ClaimRow original = claim(article, sentence);

        long rest = shaping.split(original.id(), original.version(), sentence.indexOf("and arrests"));

        ClaimDetails first = details(original.id());
        assertThat(first.statement()).isEqualTo("Police recorded 4.2 million offences");
        assertThat(first.claimant()).isEqualTo("The Home Office");
        ClaimDetails second = details(rest);
        assertThat(second.statement()).isEqualTo("and arrests rose.");
        assertThat(second.claimant()).isEqualTo("The Home Office");
        assertThat(second.claimDate()).isEqualTo(PUBLISHED);
    }

    @Test
    void merging_two_attributed_sentences_leaves_the_attribution_out_and_keeps_the_claimant() {
        String first = "Crime fell by 20 % in 2024, Devlin said.";
        String next = "Police numbers rose by 3,000.";
        long article = article(first + " " + next, "en");
        ClaimRow claim = claim(article, first);

        shaping.mergeWithNext(claim.id(), claim.version());

        ClaimDetails merged = details(claim.id());
        assertThat(merged.statement()).isEqualTo("Crime fell by 20 % in 2024. Police numbers rose by 3,000.");
        assertThat(merged.claimant()).isEqualTo("Devlin");
        assertThat(merged.claimDate()).isEqualTo(PUBLISHED);
    }

    @Test
    void a_sentence_split_from_its_attribution_and_merged_back_is_attributed_again() {
        String sentence = "Crime fell by 20 % in 2024, Devlin said.";
        long article = article(sentence, "en");
        ClaimRow original = claim(article, sentence);
        long rest = shaping.split(original.id(), original.version(), sentence.indexOf("Devlin"));
        assertThat(details(original.id()).statement()).isEqualTo("Crime fell by 20 % in 2024,");
        assertThat(details(rest).statement()).isEqualTo("Devlin said.");

        shaping.mergeWithNext(original.id(), fresh(original.id()).version());

        ClaimDetails merged = details(original.id());
        assertThat(merged.statement()).isEqualTo("Crime fell by 20 % in 2024");
        assertThat(merged.claimant()).isEqualTo("Devlin");
    }

    @Test
    void in_french_a_split_and_a_merge_leave_selon_and_a_declare_out_and_name_the_claimant() {
        String insee = "Le chômage a baissé de 0,3 point en 2023 et l'emploi a progressé, selon l'Insee.";
        String minister = "Les prix ont augmenté de 5 % en 2022, a déclaré le ministre.";
        String wages = "Les salaires ont suivi.";
        long article = article(insee + "\n\n" + minister + " " + wages, "fr");
        ClaimRow split = claim(article, insee);
        ClaimRow merge = claim(article, minister);

        long rest = shaping.split(split.id(), split.version(), insee.indexOf("et l'emploi"));
        shaping.mergeWithNext(merge.id(), fresh(merge.id()).version());

        ClaimDetails second = details(rest);
        assertThat(second.statement()).isEqualTo("et l'emploi a progressé");
        assertThat(second.claimant()).isEqualTo("L'Insee");
        assertThat(second.claimDate()).isEqualTo(PUBLISHED);
        assertThat(details(split.id()).statement()).isEqualTo("Le chômage a baissé de 0,3 point en 2023");
        ClaimDetails merged = details(merge.id());
        assertThat(merged.statement()).isEqualTo("Les prix ont augmenté de 5 % en 2022. Les salaires ont suivi.");
        assertThat(merged.claimant()).isEqualTo("Le ministre");
        assertThat(merged.claimDate()).isEqualTo(PUBLISHED);
    }

    @Test
    void a_reworded_claim_keeps_its_wording_and_its_claimant_when_split() {
        String sentence = "Crime fell by 20 % and burglaries halved in 2024, Devlin said.";
        long article = article(sentence, "en");
        ClaimRow original = claim(article, sentence);
        claims.reword(original.id(), original.version(), "Crime fell by a fifth.");

        shaping.split(original.id(), fresh(original.id()).version(), sentence.indexOf("burglaries"));

        ClaimDetails first = details(original.id());
        assertThat(first.statement()).isEqualTo("Crime fell by a fifth.");
        assertThat(first.claimant()).isEqualTo("Devlin");
    }

    private long article(String body, String language) {
        return articles.importArticle(new ArticleData("Figures", body, "The Daily Example", null, null, PUBLISHED,
                language));
    }

    private ClaimRow claim(long article, String quote) {
        repository.flush();
        return claims.list(article, PageRequest.of(0, 50)).stream().filter(row -> row.quote().equals(quote))
                .findFirst().orElseThrow(() -> new AssertionError("No claim quotes " + quote));
    }

    private ClaimRow fresh(long id) {
        repository.flush();
        return claims.find(id).orElseThrow();
    }

    private ClaimDetails details(long id) {
        repository.flush();
        return research.details(id).orElseThrow();
    }
}
