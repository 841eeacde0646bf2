package org.factdesk.claim;

/** Why an editor set a claim aside. */
public enum DismissReason {
    NOT_CHECK_WORTHY, OPINION, DUPLICATE, OUT_OF_SCOPE
}
