package org.factdesk.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Who a sentence says made its statement, and the statement without the attribution (issue 12 #10): "Crime fell by
 * 20 %, Devlin said." is Devlin's "Crime fell by 20 %"; "Selon le Kremlin, les troupes se sont retirées." is the
 * Kremlin's "Les troupes se sont retirées.". A pronoun ("he said", "a-t-il déclaré") is an attribution without a name:
 * the statement loses it, the claimant stays unknown. {@code dated} tells that the sentence names its own time ("on
 * Tuesday", "hier"), so the article's date is not the claim's. Hand-written rules for news copy in English and French;
 * other languages, and sentences that fit no rule, have none.
 */
public record Attribution(@Nullable String claimant, String statement, boolean dated) {

    /** Longer than this is not a name but a clause the rules misread. */
    static final int MAX_CLAIMANT_WORDS = 8;

    private static final String EN_VERB = "said|says|told (?:the )?[\\p{L}']+|stated|announced|claimed|added"
            + "|argued|insisted|warned|explained|noted|wrote|reported|confirmed|revealed|estimated|maintained"
            + "|admitted|acknowledged|declared|tweeted|posted";
    private static final String EN_WHEN = "(?: (?:on|last|this|earlier|late|in|at) [\\p{L}\\d' ]{1,30}"
            + "| yesterday| today| in a statement| in an interview| on (?:X|Twitter|Facebook))*";
    private static final String FR_PAST = "déclaré|affirmé|annoncé|révélé|indiqué|précisé|confirmé|souligné|expliqué"
            + "|assuré|rapporté|dit|ajouté|reconnu|admis|averti|estimé|dénoncé|martelé|insisté|jugé|prévenu|rappelé"
            + "|fait savoir";
    private static final String FR_PRESENT = "déclare|affirme|annonce|révèle|indique|précise|confirme|souligne"
            + "|explique|assure|rapporte|dit|ajoute|reconnaît|estime|dénonce|martèle|insiste|juge|prévient|rappelle"
            + "|observe|note|avance";
    private static final String FR_WHEN = "(?: (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier"
            + "|aujourd[’']hui|ce matin|ce soir|dans un communiqué|sur X|sur Twitter|à la presse|à l[’']AFP"
            + "|au [\\p{L}]+|à [\\p{L}’' ]{1,30}))*";
    /** An appositive after the name: ", the labour minister", ", le porte-parole du gouvernement". */
    private static final String APPOSITIVE = "(?:, (?:the|a|an|who|le|la|les|l[’']|un|une|qui) [^,]{1,80})?";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** "According to X, S" / "Selon X, S": the statement follows the attribution. */
    private static final List<Pattern> LEADING_EN = List.of(
            Pattern.compile("^according to (?<who>[^,]{2,80}), (?<what>.+)$", FLAGS));
    private static final List<Pattern> LEADING_FR = List.of(
            Pattern.compile("^(?:selon|d[’']après) (?<who>[^,]{2,80}), (?<what>.+)$", FLAGS),
            Pattern.compile("^(?<who>[^,«\"“]{2,80}?) (?:a|ont) (?:" + FR_PAST + ")" + FR_WHEN
                    + " (?:que |qu[’'])(?<what>.+)$", FLAGS));
    /** "X said S" / "X told reporters S", or with any other verb only before "that": "X announced a plan" is none. */
    private static final Pattern LEADING_EN_SAID = Pattern.compile(
            "^(?<who>[^,\"“]{2,80}?) (?:(?:said|says|told (?:the )?[\\p{L}']+)" + EN_WHEN + "(?: that)?|(?:"
                    + EN_VERB + ")" + EN_WHEN + " that) (?<what>.+)$", FLAGS);
    /** A statement that starts with a pronoun needs its attribution to be understood: "It would cut taxes". */
    private static final Pattern PRONOUN_START = Pattern.compile(
            "^(?:it|he|she|they|we|i|this|that|il|elle|ils|elles|on|nous|je|cela|ça)\\b", FLAGS);

    /** "S, X said." / "S, said X." / "S, according to X." / "S, selon X." / "S, a déclaré X.": it comes after. */
    private static final List<Pattern> TRAILING_EN = List.of(
            Pattern.compile("^(?<what>.+?),? according to (?<who>[^,]{2,80}?)" + EN_WHEN + "[.!]?$", FLAGS),
            Pattern.compile("^(?<what>.+?),[”\"]? (?<who>[^,\"”]{2,80}?) (?:" + EN_VERB + ")" + EN_WHEN
                    + APPOSITIVE + "[.!]?$", FLAGS),
            Pattern.compile("^(?<what>.+?),[”\"]? (?:" + EN_VERB + ") (?<who>[^,]{2,80}?)" + APPOSITIVE
                    + EN_WHEN + "[.!]?$", FLAGS));
    private static final List<Pattern> TRAILING_FR = List.of(
            Pattern.compile("^(?<what>.+?),? (?:selon|d[’']après) (?<who>[^,]{2,80}?)" + FR_WHEN + "[.!]?$", FLAGS),
            Pattern.compile("^(?<what>.+?),(?: »)? (?:a|ont)-t-(?<who>il|elle|ils|elles|on) (?:" + FR_PAST + ")"
                    + "(?:[, ][^.]{0,80})?[.!]?$", FLAGS),
            Pattern.compile("^(?<what>.+?),(?: »)? (?:" + FR_PRESENT + ")-(?:t-)?(?<who>il|elle|ils|elles|on)"
                    + "(?:[, ][^.]{0,80})?[.!]?$", FLAGS),
            Pattern.compile("^(?<what>.+?),(?: »)? (?:a|ont) (?:" + FR_PAST + ")" + FR_WHEN
                    + " (?<who>[^,]{2,80}?)" + APPOSITIVE + "[.!]?$", FLAGS),
            Pattern.compile("^(?<what>.+?),(?: »)? (?:" + FR_PRESENT + ") (?<who>[^,]{2,80}?)" + APPOSITIVE
                    + FR_WHEN + "[.!]?$", FLAGS));

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "il", "elle",
            "ils", "elles", "on", "nous", "je", "vous");
    private static final Pattern DATED = Pattern.compile("\\b(?:yesterday|today|on (?:monday|tuesday|wednesday"
            + "|thursday|friday|saturday|sunday)|last (?:week|month|year|night)|earlier this (?:week|month)"
            + "|hier|aujourd[’']hui|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la semaine dernière"
            + "|le mois dernier|l[’']an dernier|l[’']année dernière)\\b", FLAGS);
    /** Words that start a clause, not a name: "It was said ...", "This is what they said". */
    private static final Pattern NOT_A_SOURCE = Pattern.compile(
            "^(?:it|this|that|there|what|which|who|as|and|but|or|so|c[’']est|ce|cela|ça|qui|que|et|mais|ou|donc"
                    + "|il a été)\\b|\\b(?:who|that|which|qui|que|dont)\\b", FLAGS);

    public Attribution {
        statement = statement.strip();
    }

    /** The attribution of {@code sentence} in {@code language} ("en", "fr"), if it has one the rules recognise. */
    public static Optional<Attribution> find(String sentence, String language) {
        String text = sentence.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        boolean french = "fr".equals(language);
        if (!french && !"en".equals(language)) {
            return Optional.empty();
        }
        for (Pattern pattern : french ? TRAILING_FR : TRAILING_EN) {
            Optional<Attribution> found = match(pattern, text, false);
            if (found.isPresent()) {
                return found;
            }
        }
        for (Pattern pattern : french ? LEADING_FR : LEADING_EN) {
            Optional<Attribution> found = match(pattern, text, true);
            if (found.isPresent()) {
                return found;
            }
        }
        return french ? Optional.empty() : match(LEADING_EN_SAID, text, true);
    }

    private static Optional<Attribution> match(Pattern pattern, String sentence, boolean leading) {
        Matcher matcher = pattern.matcher(sentence);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String who = matcher.group("who").strip();
        String what = statement(matcher.group("what"), leading);
        if (what.length() < 3 || who.split("\\s+").length > MAX_CLAIMANT_WORDS || NOT_A_SOURCE.matcher(who).find()
                || !who.codePoints().anyMatch(Character::isLetter)) {
            return Optional.empty();
        }
        boolean pronoun = PRONOUNS.contains(who.toLowerCase(Locale.ROOT));
        if (leading && !pronoun && !looksLikeASource(who)) {
            return Optional.empty();
        }
        String attribution = sentence.substring(0, matcher.start("what")) + sentence.substring(matcher.end("what"));
        if (leading && PRONOUN_START.matcher(what).find()) {
            // "The government said it would cut taxes": the claimant is named, the sentence stays whole.
            what = sentence;
        }
        return Optional.of(new Attribution(pronoun ? null : capitalised(who), what,
                DATED.matcher(attribution).find()));
    }

    /**
     * A source named before its verb starts with a capital or an article ("Devlin said", "the ministry said", "Le
     * ministre a déclaré"): "Crime that police said ..." is no attribution.
     */
    private static boolean looksLikeASource(String who) {
        return Character.isUpperCase(who.codePointAt(0))
                || who.toLowerCase(Locale.ROOT).matches("^(?:the|a|an|le|la|les|l[’']|un|une|des) .*");
    }

    /** The statement alone: without the quotation marks and commas that tied it to the attribution. */
    private static String statement(String what, boolean leading) {
        String text = what.strip();
        text = text.replaceAll("^[«\"“]\\s*", "").replaceAll("\\s*[»\"”]\\s*$", "").strip();
        text = text.replaceAll("[,;:]+$", "").strip();
        text = text.replaceAll("\\s*[»\"”]$", "").strip();
        return leading ? capitalised(text) : text;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
