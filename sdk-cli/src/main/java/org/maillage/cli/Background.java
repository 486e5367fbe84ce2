package org.maillage.cli;

/**
 * A piece of a command's work run on its own thread while the command does another, when the
 * machine has more than one processor (else it runs when its result is asked for). What it throws
 * is thrown again, unchanged, by {@link #get}, so a command decides the order in which failures are
 * reported as if it had worked sequentially: it asks for a background result only once its own
 * earlier work has succeeded, and {@link #abandon}s it otherwise.
 *
 * @param <T> the result
 */
final class Background<T> {

    /** The work: a result, or a command failure. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws CliIo.Failure;
    }

    private final Work<T> work;
    private final Thread thread;
    private T result;
    private Throwable thrown;

    private Background(Work<T> work, String name) {
        this.work = work;
        if (Runtime.getRuntime().availableProcessors() < 2) {
            this.thread = null;
        } else {
            this.thread = new Thread(this::execute, name);
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * Starts a piece of work.
     *
     * @param name the thread's name
     * @param work the work
     * @return its handle
     */
    static <T> Background<T> start(String name, Work<T> work) {
        return new Background<>(work, name);
    }

    private void execute() {
        try {
            result = work.run();
        } catch (CliIo.Failure | RuntimeException | Error e) {
            thrown = e;
        }
    }

    /**
     * Waits for the work (the end of its thread makes its fields visible here) and returns its
     * result or throws what it threw.
     *
     * @return the result
     * @throws CliIo.Failure the work's failure
     */
    T get() throws CliIo.Failure {
        if (thread == null) {
            execute();
        } else {
            boolean interrupted = false;
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (thrown instanceof CliIo.Failure f) {
            throw f;
        }
        if (thrown instanceof RuntimeException r) {
            throw r;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
        return result;
    }

    /** Gives up the work: its thread is interrupted and left to end on its own (a daemon). */
    void abandon() {
        if (thread != null) {
            thread.interrupt();
        }
    }
}
