package org.maillage.server.internal;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the work: at most {@code workers} validations or comparisons at once, at most
 * {@code queue} more waiting for their turn; a request beyond that is refused at once (503), before
 * its body is read. Thread-safe.
 */
final class Gate {
    private final Semaphore permits;
    private final int capacity;
    private final AtomicInteger admitted = new AtomicInteger();
    private final long maxWaitMillis;

    Gate(int workers, int queue, long maxWaitMillis) {
        this.permits = new Semaphore(workers, true);
        this.capacity = workers + queue;
        this.maxWaitMillis = maxWaitMillis;
    }

    /** A turn to work; closing it gives the turn to the next request. */
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Waits for a turn.
     *
     * @return the turn
     * @throws Problem.ProblemException 503 when the queue is full or the wait too long
     */
    Turn enter() {
        if (admitted.incrementAndGet() > capacity) {
            admitted.decrementAndGet();
            throw busy();
        }
        boolean acquired = false;
        try {
            acquired = permits.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!acquired) {
            admitted.decrementAndGet();
            throw busy();
        }
        return () -> {
            permits.release();
            admitted.decrementAndGet();
        };
    }

    /** @return the longest a request waits for its turn, in milliseconds */
    long maxWaitMillis() {
        return maxWaitMillis;
    }

    /** @return the requests working or waiting */
    int admitted() {
        return admitted.get();
    }

    private static Problem.ProblemException busy() {
        return new Problem(503, "busy", "Service busy", "Service occupé",
                "Every worker is busy and the queue is full; try again in a moment.",
                "Tous les postes de travail sont occupés et la file d'attente est pleine ; réessayez dans un instant.").exception();
    }
}
