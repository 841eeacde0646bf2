package org.factdesk.extraction;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

import org.jspecify.annotations.Nullable;

/**
 * Sentence detection and tagging for one extraction in one language. Built per call, because OpenNLP's ME classes
 * and the JDK's BreakIterator keep state and are not thread-safe; building them costs microseconds.
 */
final class LanguagePipeline {

    private final String language;
    private final LanguageSupport support;
    private final Lexicon lexicon;
    private final Function<String, List<opennlp.tools.util.Span>> sentenceDetector;
    private final Function<String, Span[]> tokenizer;
    private final Function<String[], String[]> tagger;
    private final @Nullable LinearScorer scorer;

    private LanguagePipeline(String language, LanguageSupport support, Lexicon lexicon,
                             Function<String, List<opennlp.tools.util.Span>> sentenceDetector,
                             Function<String, Span[]> tokenizer, Function<String[], String[]> tagger,
                             @Nullable LinearScorer scorer) {
        this.language = language;
        this.support = support;
        this.lexicon = lexicon;
        this.sentenceDetector = sentenceDetector;
        this.tokenizer = tokenizer;
        this.tagger = tagger;
        this.scorer = scorer;
    }

    /** With the learned model of the language, when one ships; otherwise scored by the hand-set weights. */
    static LanguagePipeline forLanguage(String language, Models models, @Nullable LinearScorer scorer) {
        return switch (language) {
            case "fr" -> full("fr", FrenchLexicon.LEXICON, new SentenceDetectorME(models.sentencesFr()),
                    FrenchTokenizer::tokenize, new POSTaggerME(models.posFr()), scorer);
            case "en" -> {
                TokenizerME tokens = new TokenizerME(models.tokensEn());
                yield full("en", EnglishLexicon.LEXICON, new SentenceDetectorME(models.sentencesEn()),
                        text -> convert(tokens.tokenizePos(text)), new POSTaggerME(models.posEn()), scorer);
            }
            default -> generic(language);
        };
    }

    /** Scored by the hand-set weights of the rules. */
    static LanguagePipeline forLanguage(String language, Models models) {
        return forLanguage(language, models, null);
    }

    private static LanguagePipeline full(String language, Lexicon lexicon, SentenceDetectorME detector,
                                         Function<String, Span[]> tokenizer, POSTaggerME tagger,
                                         @Nullable LinearScorer scorer) {
        // The models were trained on straight apostrophes; "l’" would be an unknown word.
        Function<String[], String[]> tag = words -> tagger.tag(normaliseApostrophes(words));
        return new LanguagePipeline(language, LanguageSupport.FULL, lexicon,
                text -> List.of(detector.sentPosDetect(text)), tokenizer, tag, scorer);
    }

    private static LanguagePipeline generic(String language) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language));
        return new LanguagePipeline(language, LanguageSupport.GENERIC, Lexicon.NONE, text -> {
            sentences.setText(text);
            List<opennlp.tools.util.Span> spans = new ArrayList<>();
            for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE;
                    start = end, end = sentences.next()) {
                spans.add(new opennlp.tools.util.Span(start, end));
            }
            return spans;
        }, FrenchTokenizer::tokenize, words -> new String[0], null);
    }

    LanguageSupport support() {
        return support;
    }

    /** The detector's sentences of one paragraph, before the rule layer. */
    List<Span> detectSentences(String paragraph) {
        return sentenceDetector.apply(paragraph).stream().map(s -> new Span(s.getStart(), s.getEnd())).toList();
    }

    CheckWorthiness.Assessment assess(String sentence) {
        return CheckWorthiness.assess(tag(sentence), language, lexicon, tagger, scorer);
    }

    /** The rule features' evidence, as the learned model reads it (for training). */
    java.util.Map<Feature, List<String>> evidence(String sentence) {
        return CheckWorthiness.evidence(tag(sentence), language, lexicon, tagger);
    }

    private TaggedSentence tag(String sentence) {
        Span[] tokens = tokenizer.apply(sentence);
        String[] words = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            words[i] = sentence.substring(tokens[i].start(), tokens[i].end());
        }
        TaggedSentence tagged = support == LanguageSupport.FULL && tokens.length > 0
                ? TaggedSentence.of(sentence, tokens, words, tagger.apply(words))
                : TaggedSentence.untagged(sentence, tokens);
        return tagged;
    }

    private static String[] normaliseApostrophes(String[] words) {
        String[] normalised = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            normalised[i] = words[i].replace('’', '\'');
        }
        return normalised;
    }

    private static Span[] convert(opennlp.tools.util.Span[] spans) {
        Span[] converted = new Span[spans.length];
        for (int i = 0; i < spans.length; i++) {
            converted[i] = new Span(spans[i].getStart(), spans[i].getEnd());
        }
        return converted;
    }
}
