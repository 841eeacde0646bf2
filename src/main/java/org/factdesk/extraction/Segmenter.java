package org.factdesk.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts one text (the title or the body) into segments: paragraphs at line breaks, boilerplate lines dropped,
 * sub-headings kept apart, then sentences, each scored. Offsets always point into the text as given.
 */
final class Segmenter {

    private final SegmentationRules rules;
    private final SplitRules splitRules;
    private final LanguagePipeline pipeline;

    Segmenter(SegmentationRules rules, LanguagePipeline pipeline) {
        this.rules = rules;
        this.splitRules = new SplitRules(rules);
        this.pipeline = pipeline;
    }

    List<Segment> segment(TextPart part, String text) {
        List<Segment> segments = new ArrayList<>();
        for (Span line : Text.lines(text)) {
            String paragraph = text.substring(line.start(), line.end());
            if (rules.isBoilerplate(paragraph)) {
                continue;
            }
            // A title is a sentence even without a final period; only the body has sub-headings.
            if (part == TextPart.BODY && rules.isHeading(paragraph)) {
                segments.add(new Segment(part, line.start(), line.end(), paragraph, SegmentKind.HEADING, 0,
                        List.of(), false));
                continue;
            }
            List<Span> sentences = splitRules.refine(paragraph, pipeline.detectSentences(paragraph));
            for (Span sentence : sentences) {
                segments.add(sentence(part, text, sentence.shift(line.start())));
            }
        }
        return segments;
    }

    private Segment sentence(TextPart part, String text, Span span) {
        String sentence = text.substring(span.start(), span.end());
        CheckWorthiness.Assessment assessment = pipeline.assess(sentence);
        return new Segment(part, span.start(), span.end(), sentence, SegmentKind.SENTENCE, assessment.score(),
                assessment.reasons(), Weights.suggests(assessment.score()));
    }
}
