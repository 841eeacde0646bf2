package org.factdesk.claim;

import static org.assertj.core.api.Assertions.fail;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Waits in a browserless test for what a colleague's committed change pushes to the page. The broadcaster's threads
 * only queue the update for the UI (the test holds its lock), so each turn lets the UI run what is queued, as the
 * next round trip of a real browser would, then looks. The limit only keeps a broken build from hanging.
 */
public final class Live {

    private Live() {
    }

    /** Waits for what should arrive on {@code queue}; the limit only keeps a broken build from hanging. */
    public static <T> T next(BlockingQueue<T> queue) {
        try {
            T item = queue.poll(20, TimeUnit.SECONDS);
            if (item == null) {
                fail("something should have arrived");
            }
            return item;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static void await(Runnable roundTrip, BooleanSupplier shown, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            roundTrip.run();
            if (shown.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail("The page never showed " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
