package org.maillage.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.maillage.validation.Language;
import org.maillage.validation.ProgressListener;

/**
 * Shows a validation's progress on one line of a terminal: the file, the entities read and the
 * rate, rewritten in place at most {@link #MAX_PER_SECOND} times a second, and erased at the end so
 * that nothing of it is left between the report lines. Used only when standard error is a terminal.
 */
final class ProgressPrinter implements ProgressListener {
    /** At most this many updates a second. */
    static final int MAX_PER_SECOND = 4;
    /** Nothing is shown for runs shorter than this (nanoseconds): small files stay quiet. */
    static final long QUIET_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final LongSupplier clock;
    private final String file;
    private final boolean fr;
    private final long start;
    private long last;
    private int width;

    ProgressPrinter(PrintWriter err, LongSupplier nanoClock, String file, Language language) {
        this.err = err;
        this.clock = nanoClock;
        this.file = file;
        this.fr = language == Language.FR;
        this.start = nanoClock.getAsLong();
        this.last = start;
    }

    @Override
    public void entitiesRead(long entities) {
        long now = clock.getAsLong();
        if (now - start < QUIET_NANOS || now - last < 1_000_000_000L / MAX_PER_SECOND) {
            return;
        }
        last = now;
        double seconds = (now - start) / 1e9;
        String line = String.format(fr ? Locale.FRANCE : Locale.ROOT, fr ? "%s : %,d entités lues (%,.0f/s)" : "%s: %,d entities read (%,.0f/s)",
                file, entities, entities / seconds);
        String pad = line.length() < width ? " ".repeat(width - line.length()) : "";
        width = line.length();
        err.print("\r" + line + pad);
        err.flush();
    }

    /** Erases the line, if anything was shown. */
    void finish() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
