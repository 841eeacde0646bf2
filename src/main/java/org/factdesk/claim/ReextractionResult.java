package org.factdesk.claim;

/** What re-running extraction did: new candidates, claims kept as they were, untouched candidates replaced. */
public record ReextractionResult(int added, int kept, int replaced) {

    String summary() {
        return added + "/" + kept + "/" + replaced;
    }
}
