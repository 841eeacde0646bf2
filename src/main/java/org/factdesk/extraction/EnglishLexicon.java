package org.factdesk.extraction;

import static org.factdesk.extraction.Lexicon.words;

/** English word lists, written for news copy: attribution, change, cause, hedging, prediction. */
final class EnglishLexicon {

    private static final String PARTICIPLE = "been|\\p{L}+ed|\\p{L}+en|\\p{L}+wn|made|said|told|won|lost|met|left"
            + "|led|held|paid|sent|spent|built|bought|brought|caught|fought|found|got|heard|kept|sold|taught|thought"
            + "|begun|become|come|run|struck|fled|grown|flown";

    static final Lexicon LEXICON = new Lexicon(
            words("according to", "said", "says", "told", "stated", "announced", "reported", "revealed",
                    "confirmed", "claimed", "added", "noted", "explained", "testified", "acknowledged", "admitted",
                    "denied", "warned", "insisted", "argued", "wrote", "in a statement",
                    "a spokes(?:man|woman|person)"),
            words("more than", "less than", "fewer than", "greater than", "higher than", "lower than",
                    "compared (?:with|to)", "increas\\p{L}*", "decreas\\p{L}*", "rose", "risen", "rising", "fell",
                    "fallen", "falling", "doubl\\p{L}*", "tripl\\p{L}*", "records?", "largest", "biggest",
                    "highest", "lowest", "smallest", "most", "least", "grew", "declin\\p{L}*", "dropped",
                    "surg(?:ed|ing)", "jump(?:ed|ing)", "soar(?:ed|ing)", "plung(?:ed|ing)", "times as"),
            words("because(?: of)?", "due to", "as a result(?: of)?", "caused", "causes", "led to", "leads to",
                    "owing to", "thanks to", "result(?:ed|s) in", "therefore", "consequently", "in response to"),
            words("should", "must", "might", "could", "would", "wouldn't", "ought to", "(?-i:may)", "(?:I|we) (?:think|believe|feel)",
                    "in (?:my|our) (?:opinion|view)", "perhaps", "probably", "possibly", "seems?", "appears? to",
                    "arguably", "unacceptable", "outrageous", "disgraceful"),
            // Possessive: a word's letters are never given back to find the apostrophe, which is not a letter. The
            // same matches, but a word that is not "we'll" or "it's going to" fails at once; and in a sentence without
            // an apostrophe, these alternatives are not tried at all (Lexicon.words).
            words("will", "won't", "\\p{L}++'ll", "shall", "(?:is|are|am) going to", "\\p{L}++'s going to",
                    "\\p{L}++'re going to",
                    "next (?:days?|weeks?|months?|years?|time)", "tomorrow", "upcoming",
                    "in the coming (?:days|weeks|months|years)", "later this (?:week|month|year)"),
            words("(?:has|have|had)(?:n't| not| never| already| just| recently)? (?:" + PARTICIPLE + ")",
                    "was", "were", "had", "did", "yesterday", "last (?:week|month|year|night)", "ago"));

    private EnglishLexicon() {
    }
}
