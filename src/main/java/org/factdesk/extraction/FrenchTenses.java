package org.factdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * French tenses from tokens and tags. The passé composé ("a atterri", "se sont retirés") marks a reported event;
 * the futur simple ("rencontrera") and the near future ("va signer") mark a prediction, which cannot be checked yet.
 */
final class FrenchTenses {

    private static final Set<String> AVOIR = Set.of("a", "ont", "ai", "as", "avons", "avez", "avait", "avaient");
    private static final Set<String> ETRE = Set.of("est", "sont", "suis", "es", "sommes", "êtes");
    private static final Set<String> ETRE_PAST = Set.of("était", "étaient");
    private static final Set<String> REFLEXIVE = Set.of("se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’",
            "nous", "vous");
    // Shown with the verb; "nous" and "vous" are left out, being more often the subject than a reflexive.
    private static final Set<String> ATTACHED_BEFORE = Set.of("ne", "n'", "n’", "se", "s'", "s’", "me", "m'", "m’",
            "te", "t'", "t’");
    // Verbs conjugated with être: "est arrivé" is a past event, whereas "est critiqué" is a passive present.
    private static final Pattern ETRE_VERB = Pattern.compile("(?:all|venu|arriv|parti|entr|sorti|né|mort|rest|tomb"
            + "|retourn|devenu|revenu|mont|descendu|pass|rentr|parvenu|intervenu|décéd|apparu)\\p{L}{0,3}");
    private static final Pattern PARTICIPLE = Pattern.compile(
            ".*(?:é|i|u|is|it|ert|int|ort|os)(?:e|s|es)?", Pattern.UNICODE_CASE);
    private static final Pattern SIMPLE_FUTURE = Pattern.compile(".*[eiudtvr](?:ra|ront|rai)");
    private static final Set<String> ALLER = Set.of("va", "vont", "vais", "vas", "allons", "allez");
    private static final Pattern INFINITIVE = Pattern.compile(".*(?:er|ir|re|oir)");

    private FrenchTenses() {
    }

    static List<String> compoundPast(TaggedSentence sentence) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            String aux = lower(sentence, i);
            if (!AVOIR.contains(aux) && !ETRE.contains(aux) && !ETRE_PAST.contains(aux)) {
                continue;
            }
            int participle = skipAdverbs(sentence, i + 1);
            if (participle < sentence.size() && isPastParticiple(sentence, i, participle)) {
                found.add(sentence.cover(clauseStart(sentence, i), participle));
            }
        }
        return found;
    }

    private static boolean isPastParticiple(TaggedSentence sentence, int aux, int index) {
        String word = lower(sentence, index);
        if (word.equals("été") || word.equals("eu")) {
            return true;
        }
        if (!sentence.hasTag(index, "VERB") || !PARTICIPLE.matcher(word).matches()) {
            return false;
        }
        String auxiliary = lower(sentence, aux);
        return !ETRE.contains(auxiliary) || ETRE_VERB.matcher(word).matches() || reflexive(sentence, aux);
    }

    /** "se sont retirés", "ne s'est pas rapprochée": a reflexive pronoun just before the auxiliary. */
    private static boolean reflexive(TaggedSentence sentence, int aux) {
        for (int i = aux - 1; i >= Math.max(0, aux - 2); i--) {
            if (REFLEXIVE.contains(lower(sentence, i))) {
                return true;
            }
        }
        return false;
    }

    /** Shows "s'est rapprochée" and "n'ont pas intervenu" whole: the pronouns before the auxiliary belong to it. */
    private static int clauseStart(TaggedSentence sentence, int aux) {
        int start = aux;
        while (start > 0 && ATTACHED_BEFORE.contains(lower(sentence, start - 1))) {
            start--;
        }
        return start;
    }

    private static int skipAdverbs(TaggedSentence sentence, int from) {
        int index = from;
        while (index < sentence.size() && index < from + 3
                && (sentence.hasTag(index, "ADV") || sentence.hasTag(index, "PART") || lower(sentence, index)
                .startsWith("-"))) {
            index++;
        }
        return index;
    }

    static List<String> future(TaggedSentence sentence) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            boolean verb = sentence.hasTag(i, "VERB") || sentence.hasTag(i, "AUX");
            String word = lower(sentence, i);
            if (verb && SIMPLE_FUTURE.matcher(word).matches()) {
                found.add(sentence.word(i));
            } else if (ALLER.contains(word) && i + 1 < sentence.size() && sentence.hasTag(i + 1, "VERB")
                    && INFINITIVE.matcher(lower(sentence, i + 1)).matches()) {
                found.add(sentence.cover(i, i + 1));
            }
        }
        return found;
    }

    private static String lower(TaggedSentence sentence, int index) {
        return sentence.lower(index);
    }
}
