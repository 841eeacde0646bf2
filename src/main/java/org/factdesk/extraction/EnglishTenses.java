package org.factdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** English simple past from tags ("landed", "signed", "met"); the word lists catch "was", "has been", "had". */
final class EnglishTenses {

    private static final Set<String> IRREGULAR_PAST = Set.of("said", "told", "went", "came", "took", "made", "met",
            "rose", "fell", "won", "lost", "began", "left", "saw", "gave", "found", "held", "led", "paid", "sent",
            "spent", "built", "bought", "brought", "caught", "fought", "got", "heard", "kept", "knew", "meant", "ran",
            "sold", "spoke", "stood", "taught", "thought", "wrote", "became", "struck", "fled", "flew", "grew",
            "drove", "chose", "broke", "shot", "sank", "swore", "withdrew", "overtook");
    // After these a participle is passive or an infinitive, not a past event: "is expected", "to be signed".
    private static final Set<String> NOT_PAST_BEFORE = Set.of("is", "are", "am", "be", "being", "'s", "'re", "to",
            "will", "would", "can", "could", "should", "may", "might", "must", "get", "gets", "the", "a", "an");

    private static final Set<String> BASED_PREPOSITIONS = Set.of("on", "upon", "in", "at");

    private EnglishTenses() {
    }

    /** "landed", but not the present "need", "succeed", "proceed", nor "red" or "bed". */
    private static boolean isRegularPast(String word) {
        return word.length() > 3 && word.endsWith("ed") && !word.endsWith("eed");
    }

    /** "a study based on", "a firm based in": a participle that describes, not a past event. */
    private static boolean basedOn(TaggedSentence sentence, int index) {
        return sentence.word(index).equalsIgnoreCase("based") && index + 1 < sentence.size()
                && BASED_PREPOSITIONS.contains(sentence.lower(index + 1));
    }

    static List<String> simplePast(TaggedSentence sentence) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            String word = sentence.lower(i);
            boolean pastForm = isRegularPast(word) && !basedOn(sentence, i) || IRREGULAR_PAST.contains(word);
            boolean afterBlocker = i > 0 && NOT_PAST_BEFORE.contains(sentence.lower(i - 1));
            if (pastForm && sentence.hasTag(i, "VERB") && !afterBlocker) {
                found.add(sentence.word(i));
            }
        }
        return found;
    }
}
