package org.factdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Cuts one text (the title or the body) into segments: paragraphs at line breaks, boilerplate lines dropped,
 * sub-headings kept apart, then sentences, each scored. Offsets always point into the text as given.
 */
final class Segmenter {

    /** Texts longer than this are cut paragraph by paragraph on all cores; shorter ones are not worth the hand-off. */
    static final int PARALLEL_FROM_CHARS = 50_000;

    private final SegmentationRules rules;
    private final SplitRules splitRules;
    // OpenNLP's detectors and taggers keep state: each thread gets its own pipeline.
    private final ThreadLocal<LanguagePipeline> pipelines;

    Segmenter(SegmentationRules rules, Supplier<LanguagePipeline> pipeline) {
        this.rules = rules;
        this.splitRules = new SplitRules(rules);
        this.pipelines = ThreadLocal.withInitial(pipeline);
    }

    LanguageSupport support() {
        return pipelines.get().support();
    }

    List<Segment> segment(TextPart part, String text) {
        List<Span> lines = Text.lines(text);
        var paragraphs = text.length() >= PARALLEL_FROM_CHARS ? lines.parallelStream() : lines.stream();
        return paragraphs.flatMap(line -> paragraph(part, text, line).stream()).toList();
    }

    private List<Segment> paragraph(TextPart part, String text, Span line) {
        String paragraph = text.substring(line.start(), line.end());
        if (rules.isBoilerplate(paragraph)) {
            return List.of();
        }
        // A title is a sentence even without a final period; only the body has sub-headings.
        if (part == TextPart.BODY && rules.isHeading(paragraph)) {
            return List.of(new Segment(part, line.start(), line.end(), paragraph, SegmentKind.HEADING, 0,
                    List.of(), false));
        }
        List<Segment> segments = new ArrayList<>();
        for (Span sentence : splitRules.refine(paragraph, pipelines.get().detectSentences(paragraph))) {
            segments.add(sentence(part, text, sentence.shift(line.start())));
        }
        return segments;
    }

    private Segment sentence(TextPart part, String text, Span span) {
        String sentence = text.substring(span.start(), span.end());
        CheckWorthiness.Assessment assessment = pipelines.get().assess(sentence);
        return new Segment(part, span.start(), span.end(), sentence, SegmentKind.SENTENCE, assessment.score(),
                assessment.reasons(), assessment.suggested());
    }
}
