package org.factdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long articles are cut paragraph by paragraph on all cores: the result must be exactly the one-by-one result. */
class LongArticleTest {

    @Test
    void a_long_article_gives_the_same_segments_as_its_paragraphs_one_by_one() throws IOException {
        String seed = Files.readString(Path.of("seeds/000_8de9084930d2e7a1.txt"));
        String copy = seed.substring(seed.indexOf('\n') + 1).strip();
        int copies = Segmenter.PARALLEL_FROM_CHARS / copy.length() + 2;
        String body = String.join("\n", java.util.Collections.nCopies(copies, copy));
        assertThat(body.length()).as("long enough to be cut on all cores").isGreaterThan(Segmenter.PARALLEL_FROM_CHARS);

        List<Segment> once = SharedExtractor.INSTANCE.extract("", copy, "fr").segments();
        List<Segment> expected = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            int shift = i * (copy.length() + 1);
            once.forEach(segment -> expected.add(new Segment(segment.part(), segment.start() + shift,
                    segment.end() + shift, segment.text(), segment.kind(), segment.score(), segment.reasons(),
                    segment.suggested())));
        }

        assertThat(SharedExtractor.INSTANCE.extract("", body, "fr").segments()).isEqualTo(expected);
    }
}
