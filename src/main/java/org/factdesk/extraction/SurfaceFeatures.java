package org.factdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Features read from the characters alone, the same in every language: figures, dates, acronyms, quotes,
 * questions, length. They also score GENERIC languages.
 */
final class SurfaceFeatures {

    private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String NUM = "(?<![\\p{L}\\p{N}])(?<!\\p{L}-)"
            + "(?:\\d{1,3}(?:[\\u00A0\\u202F ]\\d{3})+|\\d+)(?:[.,]\\d+)*(?!\\p{N})";
    private static final String UNIT = "(?:%|‰|pour ?cent|per ?cent|percent|points?|€|\\$|£|¥|euros?|dollars?"
            + "|livres?|roubles?|yuans?|francs?|millions?|milliards?|billions?|trillions?|thousands?|mille|km²?"
            + "|kilom[eè]tres?|kilometers?|miles?|m²|m³|hectares?|ha|kg|kilos?|grammes?|tonnes?|tons?|litres?"
            + "|liters?|barils?|barrels?|[MGT]Wh?|kWh|°C?|degrés|degrees|ans|years?|jours?|days?|heures?|hours?|mois"
            + "|months?|habitants|personnes|people|morts|victimes|blessés|soldats|troops|deaths|dead|voix|votes|sièges"
            + "|seats)(?![\\p{L}\\p{N}])";
    private static final Pattern QUANTITY = Pattern.compile(
            NUM + "\\s?" + UNIT + "|[€$£¥]\\s?" + NUM + "(?:\\s?(?:millions?|milliards?|billions?|bn|m))?", FLAGS);
    private static final Pattern NUMBER = Pattern.compile(NUM, FLAGS);
    private static final List<String> DATES = List.of(
            "\\b(?:\\d{1,2}(?:er)?\\s+)?(?i:(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
                    + "|novembre|décembre)\\b|(?:janv|févr|avr|juil|oct|nov|déc)\\.)(?:\\s+\\d{4}\\b)?",
            // "sept." is also the number seven: a date only with its day or its year.
            "\\b\\d{1,2}(?:er)?\\s+(?i:sept)\\.(?:\\s+\\d{4}\\b)?|\\b(?i:sept)\\.\\s+\\d{4}\\b",
            "\\b(?:\\d{1,2}\\s+)?(?:(?:January|February|March|April|June|July|August|September|October|November"
                    + "|December)\\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)"
                    + "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,?\\s+\\d{4}\\b)?",
            "\\bMay\\s+\\d{1,2}\\b(?:,?\\s+\\d{4}\\b)?|\\b\\d{1,2}\\s+May\\b(?:\\s+\\d{4}\\b)?|\\bMay\\s+\\d{4}\\b",
            "\\b(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\b",
            "\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b",
            "\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b",
            // A year, unless a unit shows it is an amount: "en 1991", but not "2000 personnes".
            "\\b(?:1[89]\\d\\d|20\\d\\d)s?\\b(?!\\s?" + UNIT + ")");
    private static final Pattern DATE = Pattern.compile(String.join("|", DATES), FLAGS);
    private static final Pattern ACRONYM = Pattern.compile("\\b(?:\\p{Lu}\\.){2,}|\\b\\p{Lu}{2,}\\d*\\b", FLAGS);
    // The numerals of chapters, kings and wars ("IV", "XIV", "II"); "CDC", "DC" and "MD" are acronyms.
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})");
    private static final Pattern QUOTATION = Pattern.compile(
            "«[^«»]{1,400}»|“[^“”]{1,400}”|„[^„“”]{1,400}[“”]|\"[^\"]{1,400}\"");
    private static final int MIN_WORDS = 6;

    static {
        // Most words can open one or two kinds of date at most: only those are tried there (Text.find).
        Text.useAlternatives(DATE, "", DATES, "");
    }

    private SurfaceFeatures() {
    }

    static void detect(String sentence, Map<Feature, List<String>> evidence) {
        List<Span> dates = spans(DATE, sentence);
        List<Span> quantities = spans(QUANTITY, sentence);
        put(evidence, Feature.DATE, texts(sentence, dates));
        put(evidence, Feature.QUANTITY, texts(sentence, quantities));
        List<Span> numbers = spans(NUMBER, sentence);
        // A figure already shown as a date or a quantity is not counted twice.
        numbers.removeIf(number -> overlaps(number, dates) || overlaps(number, quantities));
        put(evidence, Feature.NUMBER, texts(sentence, numbers));
        put(evidence, Feature.ACRONYM, acronyms(sentence));
        if (hasQuoteMark(sentence)) {
            put(evidence, Feature.QUOTATION, Text.matchesAnywhere(QUOTATION, sentence));
        }
        if (isQuestion(sentence)) {
            put(evidence, Feature.QUESTION, List.of("?"));
        }
        int words = Text.countWords(sentence);
        if (words < MIN_WORDS) {
            put(evidence, Feature.TOO_SHORT, List.of(Integer.toString(words)));
        }
    }

    private static List<String> acronyms(String sentence) {
        List<String> found = Text.matches(ACRONYM, sentence);
        if (found.isEmpty()) {
            return found; // most sentences: no need to count their capitals
        }
        int letters = 0;
        int capitals = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            letters += Character.isLetter(c) ? 1 : 0;
            capitals += Character.isUpperCase(c) ? 1 : 0;
        }
        if (capitals * 2 > letters) {
            return List.of(); // a shouted headline is not full of acronyms
        }
        found.removeIf(word -> ROMAN_NUMERAL.matcher(word).matches());
        return found;
    }

    /** Most sentences quote nobody: the quotation pattern, tried at every character, is skipped for them. */
    private static boolean hasQuoteMark(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if ("«“„\"".indexOf(sentence.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuestion(String sentence) {
        int end = sentence.length();
        while (end > 0 && (Text.isSpace(sentence.charAt(end - 1)) || "»”\")]".indexOf(sentence.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end > 0 && sentence.charAt(end - 1) == '?';
    }

    private static List<Span> spans(Pattern pattern, String text) {
        return new ArrayList<>(Text.find(pattern, text));
    }

    private static boolean overlaps(Span span, List<Span> others) {
        return others.stream().anyMatch(other -> span.start() < other.end() && other.start() < span.end());
    }

    private static List<String> texts(String text, List<Span> spans) {
        List<String> found = new ArrayList<>(spans.size());
        for (Span span : spans) {
            found.add(text.substring(span.start(), span.end()).strip());
        }
        return CheckWorthiness.distinct(found);
    }

    static void put(Map<Feature, List<String>> evidence, Feature feature, List<String> found) {
        if (!found.isEmpty()) {
            evidence.computeIfAbsent(feature, key -> new ArrayList<>()).addAll(found);
        }
    }
}
