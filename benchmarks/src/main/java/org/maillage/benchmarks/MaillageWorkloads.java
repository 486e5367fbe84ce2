package org.maillage.benchmarks;

import java.nio.file.Path;
import org.maillage.core.diff.Changeset;
import org.maillage.core.diff.Differ;
import org.maillage.core.diff.EntityChange;
import org.maillage.core.model.Dataset;
import org.maillage.validation.Report;
import org.maillage.validation.Validator;

/** Maillage's own validation and diff, as the probes run them. */
final class MaillageWorkloads {
    private MaillageWorkloads() {}

    /**
     * All layers, the default profile, on a number of threads.
     *
     * @return a task giving the number of findings, and of errors among them
     */
    static Probe.Task validate(Path file, int threads) {
        Validator validator = Validator.builder().parallelism(threads).build();
        return () -> {
            Report report = validator.validate(file);
            return new Probe.Outcome(report.findings().size(), report.errors());
        };
    }

    /**
     * The semantic diff of two datasets in memory.
     *
     * @return a task giving the number of changed entities, and of field changes
     */
    static Probe.Task diff(Dataset a, Dataset b) {
        Differ differ = Differ.standard();
        return () -> {
            Changeset c = differ.diff(a, b);
            long fields = 0;
            for (EntityChange e : c.changes()) {
                fields += Math.max(1, e.fields().size());
            }
            return new Probe.Outcome(c.changes().size(), fields);
        };
    }
}
