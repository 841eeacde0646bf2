package org.factdesk.suggestion;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.factdesk.claim.ClaimShapingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Once the suggestion model of a language changed (a desk model switched on, or back to the shipped one), scores the
 * candidates nobody touched again in the background, a batch per transaction, so that the workspace's suggestions
 * follow the model in use. Claims the desk decided on keep their score: it is what the editor saw when deciding.
 */
@Component
class Rescoring implements DisposableBean {

    /** The suggestion model of {@code language} changed; published in the switch's transaction. */
    record ModelSwitched(String language) {
    }

    static final int BATCH = 200;
    private static final Logger LOG = LoggerFactory.getLogger(Rescoring.class);

    private final ClaimShapingService claims;
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("factdesk-rescoring-", 0).factory());

    Rescoring(ClaimShapingService claims) {
        this.claims = claims;
    }

    @TransactionalEventListener
    void on(ModelSwitched switched) {
        later(switched.language());
    }

    /** Scores the untouched candidates of {@code language} again, one language after the other. */
    Future<Integer> later(String language) {
        return background.submit(() -> rescore(language));
    }

    /** Returns once the rescoring asked for so far is done (for tests). */
    void idle() throws ExecutionException, InterruptedException {
        background.submit(() -> { }).get();
    }

    private int rescore(String language) {
        int batches = 0;
        try {
            long after = 0;
            while ((after = claims.rescoreUntouched(language, after, BATCH)) >= 0) {
                batches++;
            }
        } catch (RuntimeException e) {
            LOG.warn("Scoring the untouched candidates in {} again stopped after {} batches", language, batches, e);
        }
        return batches;
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
