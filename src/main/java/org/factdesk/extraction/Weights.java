package org.factdesk.extraction;

/**
 * The weights of the check-worthiness score and the threshold for suggesting a sentence, in one place so the
 * newsroom can argue about them. A sentence's score is the sum of the weights of the features that fire; each
 * feature counts once, however many times it matches.
 *
 * <table>
 * <caption>Weights and why</caption>
 * <tr><th>Feature</th><th>Weight</th><th>Why</th></tr>
 * <tr><td>NUMBER</td><td>+2</td><td>figures are the most often wrong and the easiest to check</td></tr>
 * <tr><td>QUANTITY</td><td>+2</td><td>a figure with a unit (%, €, km, deaths) is a measurable claim</td></tr>
 * <tr><td>DATE</td><td>+2</td><td>a dated event can be checked against the record</td></tr>
 * <tr><td>NAMED_ENTITY</td><td>+1</td><td>names say who or where; most news sentences have one, so it only
 *     tips the balance</td></tr>
 * <tr><td>ACRONYM</td><td>+1</td><td>institutions and agencies, often sources or actors of a claim</td></tr>
 * <tr><td>REPORTING_VERB</td><td>+2</td><td>an attribution ("selon", "said") is a claim someone made and can
 *     be traced</td></tr>
 * <tr><td>COMPARISON</td><td>+2</td><td>change and ranking ("plus de", "doubled", "record") is where
 *     statistics are stretched</td></tr>
 * <tr><td>CAUSAL</td><td>+1</td><td>a cause is checkable but often interpretation, so weaker</td></tr>
 * <tr><td>QUOTATION</td><td>+1</td><td>quoted words can be traced to a speaker; scare quotes make it weak</td></tr>
 * <tr><td>PAST_EVENT</td><td>+2</td><td>what happened can be verified; what will happen cannot</td></tr>
 * <tr><td>QUESTION</td><td>-3</td><td>a question asserts nothing</td></tr>
 * <tr><td>OPINION_OR_MODAL</td><td>-3</td><td>"devrait", "should", "I think": opinion or speculation, not
 *     fact</td></tr>
 * <tr><td>FUTURE</td><td>-2</td><td>a prediction cannot be checked yet; less than opinion, since a scheduled
 *     event is still information</td></tr>
 * <tr><td>TOO_SHORT</td><td>-3</td><td>under six words there is rarely a complete claim</td></tr>
 * <tr><td>NO_VERB</td><td>-3</td><td>without a verb there is no assertion (a caption, a list item)</td></tr>
 * </table>
 *
 * <p>{@link #THRESHOLD} is 4: two independent kinds of evidence, for instance a date and a past event, or an
 * attribution and a comparison. A past event about a named place alone (3) is ordinary narration, like "Poutine a
 * atterri à Bakou", which the reporter witnessed; it stays a candidate without being suggested.
 */
public final class Weights {

    /** A sentence whose score reaches this is suggested to the editor as a claim. */
    public static final int THRESHOLD = 4;

    private Weights() {
    }

    public static int of(Feature feature) {
        return switch (feature) {
            case NUMBER, QUANTITY, DATE, REPORTING_VERB, COMPARISON, PAST_EVENT -> 2;
            case NAMED_ENTITY, ACRONYM, CAUSAL, QUOTATION -> 1;
            case FUTURE -> -2;
            case QUESTION, OPINION_OR_MODAL, TOO_SHORT, NO_VERB -> -3;
            case WORDS -> 0; // only a learned model reads the words
        };
    }

    public static boolean suggests(int score) {
        return score >= THRESHOLD;
    }
}
