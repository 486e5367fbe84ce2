package org.maillage.core.testkit;

import java.util.function.Consumer;

/**
 * Runs a property over fixed seeds: the same cases at every run, on every machine. A failure names
 * its seed, so that {@code Choices.seeded(seed)} gives the failing case back in a debugger or a
 * regression test.
 */
public final class Seeds {
    private Seeds() {}

    /**
     * Checks a property for the seeds {@code 0 … tries - 1}.
     *
     * @param tries how many cases
     * @param property the check of one case, drawing its values from the choices it is given
     * @throws AssertionError for the first seed whose case fails, naming the seed
     */
    public static void check(int tries, Consumer<Choices> property) {
        for (long seed = 0; seed < tries; seed++) {
            try {
                property.accept(Choices.seeded(seed));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("fails for seed " + seed + " (Choices.seeded(" + seed + "L)): " + e.getMessage(), e);
            }
        }
    }
}
