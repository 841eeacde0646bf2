package org.factdesk.report;

/** How far a long export is, and whether the user has cancelled it. */
public interface ReportProgress {

    ReportProgress NONE = new ReportProgress() {
        @Override
        public void claimWritten(long done) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Called after each claim, with how many are written so far. */
    void claimWritten(long done);

    boolean cancelled();

    /** Throws when the user cancelled; writers call it between claims. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new ReportCancelledException();
        }
    }
}
