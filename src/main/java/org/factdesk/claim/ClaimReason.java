package org.factdesk.claim;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.extraction.Feature;
import org.factdesk.extraction.Reason;

/** One feature that fired for a claim, with its weight and the words that made it fire. */
public record ClaimReason(Feature feature, int weight, String evidence) {

    private static final int MAX_EVIDENCE = 80;
    // Unit and record separators never occur in article text: the reader strips control characters.
    private static final String FIELD = "\u001F";
    private static final String RECORD = "\u001E";

    static ClaimReason of(Reason reason) {
        return new ClaimReason(reason.feature(), reason.weight(), reason.evidence());
    }

    /** Packs the reasons into one column: they are read with their claim, never queried on their own. */
    static String encode(List<ClaimReason> reasons) {
        List<String> records = new ArrayList<>();
        for (ClaimReason reason : reasons) {
            String evidence = reason.evidence().replaceAll("\\p{Cntrl}", " ");
            if (evidence.length() > MAX_EVIDENCE) {
                int cut = MAX_EVIDENCE - 1;
                if (Character.isHighSurrogate(evidence.charAt(cut - 1))) {
                    cut--; // never leave half of a character (an emoji, say) behind
                }
                evidence = evidence.substring(0, cut) + "…";
            }
            records.add(reason.feature().name() + FIELD + reason.weight() + FIELD + evidence);
        }
        return String.join(RECORD, records);
    }

    public static List<ClaimReason> decode(String encoded) {
        if (encoded.isEmpty()) {
            return List.of();
        }
        List<ClaimReason> reasons = new ArrayList<>();
        for (String record : encoded.split(RECORD)) {
            String[] fields = record.split(FIELD, 3);
            reasons.add(new ClaimReason(Feature.valueOf(fields[0]), Integer.parseInt(fields[1]),
                    fields.length > 2 ? fields[2] : ""));
        }
        return List.copyOf(reasons);
    }
}
