package org.factdesk.suggestion;

import java.util.Collection;

/** How the suggestions agree with a set of the desk's decisions, counted on the check-worthy class. */
public record Agreement(int decisions, int truePositives, int falsePositives, int falseNegatives) {

    public static Agreement of(Collection<DeskLabel> labels) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (DeskLabel label : labels) {
            if (label.suggested() && label.checkworthy()) {
                tp++;
            } else if (label.suggested()) {
                fp++;
            } else if (label.checkworthy()) {
                fn++;
            }
        }
        return new Agreement(labels.size(), tp, fp, fn);
    }

    /** Of the suggested claims, the share the desk found worth a check; 0 when nothing was suggested. */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** Of the claims the desk found worth a check, the share that was suggested; 0 when there were none. */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
