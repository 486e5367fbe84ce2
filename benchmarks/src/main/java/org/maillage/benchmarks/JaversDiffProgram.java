package org.maillage.benchmarks;

import java.nio.file.Path;
import org.javers.core.Javers;
import org.maillage.core.model.Dataset;

/**
 * The baseline of {@code maillage diff} as a whole process: the ten-line program a developer would
 * write with JaVers, reading both files with Jackson into the model records and comparing them,
 * every family an entity identified by its {@code id}. Run as a fresh JVM by {@link Compare}.
 */
public final class JaversDiffProgram {
    private JaversDiffProgram() {}

    /**
     * Entry point.
     *
     * @param args the two dataset files
     */
    public static void main(String[] args) {
        Dataset a = Workloads.databind(Path.of(args[0]));
        Dataset b = Workloads.databind(Path.of(args[1]));
        Javers javers = Baselines.javers();
        Baselines.DiffCount c = Baselines.javers(javers, a, b);
        System.out.println(c.entities() + " entities changed, " + c.changes() + " JaVers changes");
    }
}
