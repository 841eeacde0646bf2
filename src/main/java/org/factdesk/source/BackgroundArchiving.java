package org.factdesk.source;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs the fetches of "Archive now" away from the user's request: a few at a time on virtual threads, a short queue
 * behind them, and a refusal beyond it, so a slow site holds neither the page nor an unbounded number of threads.
 */
@Component
class BackgroundArchiving implements DisposableBean {

    static final int AT_ONCE = 4;
    static final int QUEUED = 16;

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(AT_ONCE, AT_ONCE, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUED), Thread.ofVirtual().name("factdesk-archive-", 0).factory());

    /** Runs the fetch soon; refuses it when {@link #AT_ONCE} run and {@link #QUEUED} wait already. */
    void submit(Runnable fetch) throws RejectedExecutionException {
        executor.execute(fetch);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
