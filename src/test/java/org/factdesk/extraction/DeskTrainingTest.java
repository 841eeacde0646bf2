package org.factdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeskTrainingTest {

    private static final String[] TOPICS = {"unemployment", "the deficit", "rent", "crime", "exports", "tuition",
            "the debt", "wages", "prices", "taxes"};

    /** Figures are worth checking, opinions are not; the desk saw every figure suggested and no opinion. */
    private static List<DeskTraining.Decision> decisions(int count) {
        List<DeskTraining.Decision> decisions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String topic = TOPICS[i % TOPICS.length];
            decisions.add(i % 2 == 0
                    ? new DeskTraining.Decision("In 2023 " + topic + " rose by " + (3 + i) + " percent.", true, true)
                    : new DeskTraining.Decision("I really love how we talk about " + topic + " together.", false,
                            i % 3 == 0));
        }
        return decisions;
    }

    @Test
    void the_most_recent_fifth_is_held_back_and_at_least_50() {
        assertThat(DeskTraining.heldBack(200)).isEqualTo(50);
        assertThat(DeskTraining.heldBack(251)).isEqualTo(51);
        assertThat(DeskTraining.heldBack(1000)).isEqualTo(200);
    }

    @Test
    void fewer_than_200_decisions_train_nothing() {
        assertThatThrownBy(() -> DeskTraining.train("en", decisions(199)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_english_desk_model_is_blended_with_the_shipped_one_and_can_be_taken_back() {
        DeskTraining.Result result = DeskTraining.train("en", decisions(250));
        assertThat(result.trained()).isEqualTo(200);
        assertThat(result.heldBack()).isEqualTo(50);
        assertThat(result.after()).isGreaterThanOrEqualTo(result.before());
        DeskTraining.DeskModel model = DeskTraining.read(result.model());
        assertThat(model.language()).isEqualTo("en");
        ClaimExtractor extractor = new ClaimExtractor();
        String sentence = "I really love how we talk about rent together.";
        Segment shipped = extractor.extract("", sentence, "en").segments().getFirst();
        LinearScorer desk = model.scorer;
        LinearScorer english = LinearScorer.fromClasspath(LinearScorer.ENGLISH);

        extractor.useDeskModel("en", model);
        Segment blended = extractor.extract("", sentence, "en").segments().getFirst();
        extractor.useDeskModel("en", null);

        List<String> terms = Terms.of(sentence);
        java.util.Map<Feature, Boolean> none = java.util.Map.of();
        double expected = (desk.logit(none, terms) - desk.threshold() + english.logit(none, terms)
                - english.threshold()) / 2;
        assertThat(desk.blendedWith(english).logit(none, terms) - desk.threshold()).isCloseTo(expected,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(blended.score()).as("the desk's model moves the score").isNotEqualTo(shipped.score());
        assertThat(extractor.extract("", sentence, "en").segments().getFirst()).isEqualTo(shipped);
    }
}
