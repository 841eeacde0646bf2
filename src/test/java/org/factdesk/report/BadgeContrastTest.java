package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.claim.SignedIn;
import org.factdesk.rating.RatingItem;
import org.factdesk.rating.RatingScaleService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verdict labels in the PDF and HTML reports reach WCAG AA (4.5:1) between their text and the rating's colour: for
 * every rating of the default scale, and for any colour an administrator may choose.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
class BadgeContrastTest {

    @Autowired
    RatingScaleService scale;

    @Test
    @WithUserDetails("viewer")
    void every_rating_of_the_default_scale_is_labelled_at_4_5_to_1_or_more() {
        List<RatingItem> ratings = scale.all();
        assertThat(ratings).hasSizeGreaterThanOrEqualTo(7);
        for (RatingItem rating : ratings) {
            String colour = Swatches.colour(rating);
            String text = Swatches.textOn(colour);
            double contrast = Swatches.contrast(colour, text);
            System.out.printf(Locale.ROOT, "%-14s %s text %s contrast %.2f:1%n", rating.labelEn(), colour, text,
                    contrast);
            assertThat(contrast).as(rating.labelEn() + " " + colour + " with " + text).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void any_colour_an_administrator_chooses_gets_a_text_colour_at_4_5_to_1_or_more() {
        List<String> failing = new ArrayList<>();
        for (int r = 0; r < 256; r += 3) {
            for (int g = 0; g < 256; g += 3) {
                for (int b = 0; b < 256; b += 3) {
                    String colour = String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
                    if (Swatches.contrast(colour, Swatches.textOn(colour)) < Swatches.AA) {
                        failing.add(colour);
                    }
                }
            }
        }
        assertThat(failing).isEmpty();
    }

    @Test
    void the_mid_green_of_true_that_near_black_text_missed_gets_pure_black() {
        assertThat(Swatches.contrast("#2b8a3e", Swatches.DARK)).isLessThan(4.5);
        assertThat(Swatches.contrast("#2b8a3e", Swatches.WHITE)).isLessThan(4.5);
        assertThat(Swatches.textOn("#2b8a3e")).isEqualTo(Swatches.BLACK);
    }

    @Test
    void contrast_follows_wcag_from_1_to_21() {
        assertThat(Swatches.contrast("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(Swatches.contrast("#777777", "#777777")).isEqualTo(1.0);
        assertThat(Swatches.contrast("#767676", "#ffffff")).isBetween(4.5, 4.6);
    }
}
