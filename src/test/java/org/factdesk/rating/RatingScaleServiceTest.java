package org.factdesk.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Locale;
import java.util.Objects;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.factdesk.Violations;
import org.factdesk.base.RefusedException;
import org.factdesk.claim.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The default scale from the migration, and the administrators' changes to it. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
class RatingScaleServiceTest {

    private static final RatingData HALF_TRUE = new RatingData("Half true", "À moitié vrai",
            "Half of it holds.", "La moitié tient.", "#1971c2", 4);

    @Autowired
    RatingScaleService scale;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    private RatingItem rating(String labelEn) {
        return scale.all().stream().filter(rating -> rating.labelEn().equals(labelEn)).findFirst().orElseThrow();
    }

    private void rateAClaimWith(long ratingId) {
        // The claim table through SQL: the repository is the claim feature's own.
        long claimId = Objects.requireNonNull(jdbc.queryForObject("select min(id) from claim", Long.class));
        assertThat(jdbc.update("update claim set rating_id = ? where id = ?", ratingId, claimId)).isEqualTo(1);
    }

    private static RefusedException refusal(ThrowingCallable call) {
        RefusedException refused = catchThrowableOfType(RefusedException.class, call);
        assertThat(refused).as("the call was refused").isNotNull();
        return refused;
    }

    // --- the default scale ---

    @Test
    @WithUserDetails("viewer")
    void the_default_scale_has_eight_ratings_from_true_to_false_then_two_without_a_number() {
        assertThat(scale.all()).extracting(RatingItem::position, RatingItem::labelEn, RatingItem::labelFr,
                RatingItem::ratingValue).containsExactly(
                tuple(1, "True", "Vrai", 6),
                tuple(2, "Mostly true", "Plutôt vrai", 5),
                tuple(3, "Mixed", "Mitigé", 4),
                tuple(4, "Misleading", "Trompeur", 3),
                tuple(5, "Mostly false", "Plutôt faux", 2),
                tuple(6, "False", "Faux", 1),
                tuple(7, "Unverifiable", "Invérifiable", null),
                tuple(8, "Not a factual claim", "Pas une affirmation factuelle", null));
        assertThat(scale.all()).allSatisfy(rating -> {
            assertThat(rating.retired()).isFalse();
            assertThat(rating.inUse()).isFalse();
            assertThat(rating.colour()).matches(RatingData.COLOUR_PATTERN);
            assertThat(rating.descriptionEn()).isNotBlank();
            assertThat(rating.descriptionFr()).isNotBlank();
        });
        assertThat(scale.active()).hasSize(8);
    }

    @Test
    @WithUserDetails("viewer")
    void the_default_bounds_are_worst_one_and_best_six() {
        assertThat(scale.bounds()).isEqualTo(new ScaleBounds(1, 6));
        assertThat(scale.bounds().isEmpty()).isFalse();
    }

    @Test
    @WithUserDetails("viewer")
    void a_rating_speaks_the_users_language() {
        RatingItem mixed = rating("Mixed");

        assertThat(mixed.label(Locale.FRENCH)).isEqualTo("Mitigé");
        assertThat(mixed.label(Locale.CANADA_FRENCH)).isEqualTo("Mitigé");
        assertThat(mixed.label(Locale.ENGLISH)).isEqualTo("Mixed");
        assertThat(mixed.label(Locale.GERMAN)).isEqualTo("Mixed");
        assertThat(mixed.description(Locale.FRENCH)).isEqualTo("En partie exact, en partie inexact.");
        assertThat(mixed.description(Locale.ENGLISH)).isEqualTo("Partly accurate, partly not.");
        assertThat(scale.find(mixed.id())).contains(mixed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "editor", "checker", "viewer"})
    void everyone_reads_the_scale(String username) {
        SignedIn.as(users, username);

        assertThat(scale.all()).hasSize(8);
        assertThat(scale.active()).hasSize(8);
        assertThat(scale.bounds().bestRating()).isEqualTo(6);
        assertThat(scale.find(rating("True").id())).isPresent();
    }

    // --- administrators' changes ---

    @Test
    @WithUserDetails("admin")
    void an_admin_creates_a_rating_at_the_end_of_the_scale() {
        long id = scale.create(new RatingData("  Half true ", " À moitié vrai", " ", "", "#1971C2", 4));

        RatingItem created = scale.find(id).orElseThrow();
        assertThat(created.position()).isEqualTo(9);
        assertThat(created.labelEn()).isEqualTo("Half true");
        assertThat(created.labelFr()).isEqualTo("À moitié vrai");
        assertThat(created.descriptionEn()).isNull();
        assertThat(created.descriptionFr()).isNull();
        assertThat(created.colour()).isEqualTo("#1971c2");
        assertThat(created.ratingValue()).isEqualTo(4);
        assertThat(scale.all()).last().isEqualTo(created);
        assertThat(scale.active()).contains(created);
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_edits_a_rating_and_its_version_moves_on() {
        RatingItem mixed = rating("Mixed");

        scale.update(mixed.id(), mixed.version(), new RatingData("Half and half", "Moitié-moitié", "Both.",
                null, "#FAB005", null));

        RatingItem edited = scale.find(mixed.id()).orElseThrow();
        assertThat(edited.labelEn()).isEqualTo("Half and half");
        assertThat(edited.labelFr()).isEqualTo("Moitié-moitié");
        assertThat(edited.descriptionEn()).isEqualTo("Both.");
        assertThat(edited.descriptionFr()).isNull();
        assertThat(edited.colour()).isEqualTo("#fab005");
        assertThat(edited.ratingValue()).isNull();
        assertThat(edited.position()).isEqualTo(3);
        assertThat(edited.version()).isGreaterThan(mixed.version());
    }

    @Test
    @WithUserDetails("admin")
    void an_edit_based_on_a_stale_version_is_refused() {
        RatingItem mixed = rating("Mixed");
        scale.update(mixed.id(), mixed.version(), new RatingData("Mixed", "Mitigé", "A colleague's wording.", null,
                "#e67700", 4));
        RatingData change = new RatingData("Mixed up", "Mélangé", null, null, "#000000", 4);

        RefusedException refused = refusal(() -> scale.update(mixed.id(), mixed.version(), change));

        assertThat(refused.key()).isEqualTo("rating.error.stale");
        assertThat(rating("Mixed").labelFr()).isEqualTo("Mitigé");
    }

    @Test
    @WithUserDetails("admin")
    void saving_a_rating_with_its_own_labels_is_not_a_duplicate() {
        RatingItem mixed = rating("Mixed");

        scale.update(mixed.id(), mixed.version(), new RatingData("mixed", "mitigé", null, null, "#e67700", 4));

        assertThat(scale.find(mixed.id()).orElseThrow().labelEn()).isEqualTo("mixed");
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_moves_a_rating_up_and_down_and_positions_stay_one_to_n() {
        long falseId = rating("False").id();

        scale.move(falseId, -1);
        assertThat(scale.all()).extracting(RatingItem::labelEn).containsSubsequence("False", "Mostly false");
        assertThat(scale.find(falseId).orElseThrow().position()).isEqualTo(5);

        scale.move(falseId, 1);
        scale.move(rating("True").id(), -1);
        scale.move(rating("Not a factual claim").id(), 5);
        assertThat(scale.all()).extracting(RatingItem::labelEn).containsExactly("True", "Mostly true", "Mixed",
                "Misleading", "Mostly false", "False", "Unverifiable", "Not a factual claim");

        scale.move(rating("Unverifiable").id(), -100);
        assertThat(scale.all()).extracting(RatingItem::labelEn).first().isEqualTo("Unverifiable");
        assertThat(scale.all()).extracting(RatingItem::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    @WithUserDetails("admin")
    void the_scale_for_a_claims_page_is_every_rating_in_order_retired_ones_too_as_all_gives_them() {
        long misleading = rating("Misleading").id();
        rateAClaimWith(misleading);
        scale.retire(misleading);
        scale.move(misleading, -1);

        assertThat(scale.scale()).extracting(RatingItem::id, RatingItem::position, RatingItem::labelFr,
                        RatingItem::retired)
                .containsExactlyElementsOf(scale.all().stream().map(rating -> org.assertj.core.api.Assertions.tuple(
                        rating.id(), rating.position(), rating.labelFr(), rating.retired())).toList());
        assertThat(scale.scale()).filteredOn(RatingItem::retired).extracting(RatingItem::id)
                .containsExactly(misleading);
    }

    @Test
    @WithUserDetails("admin")
    void a_retired_rating_leaves_the_active_ones_but_stays_on_the_scale() {
        long misleading = rating("Misleading").id();

        scale.retire(misleading);

        assertThat(scale.active()).extracting(RatingItem::labelEn).hasSize(7).doesNotContain("Misleading");
        assertThat(scale.all()).hasSize(8);
        assertThat(scale.find(misleading).orElseThrow().retired()).isTrue();

        scale.reinstate(misleading);

        assertThat(scale.active()).extracting(RatingItem::labelEn).hasSize(8).contains("Misleading");
        assertThat(scale.find(misleading).orElseThrow().retired()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void the_bounds_count_retired_ratings_whose_verdicts_may_still_be_published() {
        scale.retire(rating("True").id());
        scale.retire(rating("False").id());

        assertThat(scale.bounds()).isEqualTo(new ScaleBounds(1, 6));
    }

    @Test
    @WithUserDetails("admin")
    void the_bounds_follow_the_numbers_and_are_empty_without_any() {
        scale.create(new RatingData("Entirely true", "Entièrement vrai", null, null, "#087f5b", 10));
        assertThat(scale.bounds()).isEqualTo(new ScaleBounds(1, 10));

        for (RatingItem rating : scale.all()) {
            RatingData data = rating.toData();
            scale.update(rating.id(), rating.version(), new RatingData(data.labelEn(), data.labelFr(),
                    data.descriptionEn(), data.descriptionFr(), data.colour(), null));
        }

        assertThat(scale.bounds()).isEqualTo(ScaleBounds.NONE);
        assertThat(scale.bounds().isEmpty()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_deletes_an_unused_rating_and_the_rest_close_up() {
        long created = scale.create(HALF_TRUE);
        scale.delete(created);
        assertThat(scale.find(created)).isEmpty();

        scale.delete(rating("Mixed").id());

        assertThat(scale.all()).extracting(RatingItem::labelEn).hasSize(7).doesNotContain("Mixed", "Half true");
        assertThat(scale.all()).extracting(RatingItem::position).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    @WithUserDetails("admin")
    void deleting_a_rating_a_claim_uses_is_refused_but_retiring_it_works() {
        long mixed = rating("Mixed").id();
        rateAClaimWith(mixed);
        assertThat(scale.find(mixed).orElseThrow().inUse()).isTrue();
        assertThat(rating("Mixed").inUse()).isTrue();
        assertThat(rating("True").inUse()).isFalse();

        RefusedException refused = refusal(() -> scale.delete(mixed));

        assertThat(refused.key()).isEqualTo("rating.error.in-use");
        assertThat(refused.field()).isNull();
        assertThat(scale.find(mixed)).isPresent();
        scale.retire(mixed);
        assertThat(scale.find(mixed).orElseThrow().retired()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void changing_a_rating_that_no_longer_exists_is_refused() {
        long created = scale.create(HALF_TRUE);
        scale.delete(created);

        assertThat(refusal(() -> scale.retire(created)).key()).isEqualTo("rating.error.gone");
        assertThat(refusal(() -> scale.update(created, 0, HALF_TRUE)).key()).isEqualTo("rating.error.gone");
    }

    // --- bad input ---

    @Test
    @WithUserDetails("admin")
    void blank_labels_are_refused_field_by_field() {
        assertThat(Violations.of(() -> scale.create(new RatingData(" ", "", null, null, "#123456", 3))))
                .containsExactly("labelEn: validation.required", "labelFr: validation.required");
    }

    @Test
    @WithUserDetails("admin")
    void texts_over_their_limits_are_refused() {
        String label = "l".repeat(RatingData.LABEL_MAX + 1);
        String description = "d".repeat(RatingData.DESCRIPTION_MAX + 1);

        assertThat(Violations.of(() -> scale.create(new RatingData(label, "Vrai-ish", description, null,
                "#123456", null)))).containsExactly("descriptionEn: validation.too-long",
                "labelEn: validation.too-long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"red", "#12345", "#1234567", "#12345g", "123456", "", "#123456;background:url(x)"})
    @WithUserDetails("admin")
    void a_colour_that_is_not_rrggbb_is_refused(String colour) {
        assertThat(Violations.of(() -> scale.create(new RatingData("Pink", "Rose", null, null, colour, null))))
                .containsExactly("colour: rating.error.colour");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101})
    @WithUserDetails("admin")
    void a_number_outside_one_to_a_hundred_is_refused(int value) {
        assertThat(Violations.of(() -> scale.create(new RatingData("Odd", "Bizarre", null, null, "#123456", value))))
                .containsExactly("ratingValue: rating.error.value");
        assertThat(scale.all()).hasSize(8);
    }

    @Test
    @WithUserDetails("admin")
    void a_label_another_rating_has_is_refused_on_its_field() {
        RefusedException english = refusal(() -> scale.create(new RatingData(" true ", "Tout à fait vrai", null,
                null, "#123456", null)));
        assertThat(english.field()).isEqualTo("labelEn");
        assertThat(english.key()).isEqualTo("rating.error.duplicate-label");

        RatingItem mixed = rating("Mixed");
        RefusedException french = refusal(() -> scale.update(mixed.id(), mixed.version(), new RatingData("Mixed",
                "FAUX", null, null, "#123456", 4)));
        assertThat(french.field()).isEqualTo("labelFr");
        assertThat(french.key()).isEqualTo("rating.error.duplicate-label");
        assertThat(scale.all()).hasSize(8);
        assertThat(rating("Mixed").labelFr()).isEqualTo("Mitigé");
    }

    // --- who may change the scale ---

    @ParameterizedTest
    @ValueSource(strings = {"editor", "checker", "viewer"})
    void only_administrators_change_the_scale(String username) {
        SignedIn.as(users, username);
        RatingItem mixed = rating("Mixed");

        assertThatThrownBy(() -> scale.create(HALF_TRUE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scale.update(mixed.id(), mixed.version(), HALF_TRUE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scale.move(mixed.id(), 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scale.retire(mixed.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scale.reinstate(mixed.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scale.delete(mixed.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(rating("Mixed")).isEqualTo(mixed);
    }
}
