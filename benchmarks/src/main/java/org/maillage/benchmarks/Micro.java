package org.maillage.benchmarks;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.maillage.core.diff.Differ;
import org.maillage.core.model.Dataset;
import org.maillage.json.DatasetReader;
import org.maillage.validation.Validator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH micro-benchmarks on one département (the file named by the system property
 * {@code maillage.bench.file}, which {@code run.sh} generates): the same workloads as the
 * whole-file comparison, at a size where JMH's warm-up and statistics are cheap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Micro {

    private Path file;
    private Workloads.Naive naive;
    private Validator oneCore;
    private Dataset dataset;
    private Dataset shifted;

    /** Reads the file once and builds the tools. */
    @Setup
    public void setUp() {
        String name = System.getProperty("maillage.bench.file");
        if (name == null) {
            throw new IllegalStateException("set -Dmaillage.bench.file to a dataset file (benchmarks/run.sh does)");
        }
        file = Path.of(name);
        naive = new Workloads.Naive();
        oneCore = Validator.builder().parallelism(1).build();
        dataset = DatasetReader.standard().read(file);
        // The same entities, the first territory moved to the end: a diff by identity sees no change.
        var entities = new java.util.ArrayList<>(dataset.allEntities());
        entities.add(entities.remove(0));
        shifted = Dataset.of(dataset.header(), entities);
    }

    /** @return the number of tokens */
    @Benchmark
    public long tokenScan() {
        return Workloads.tokenScan(file);
    }

    /** @return the bound dataset */
    @Benchmark
    public Dataset databind() {
        return Workloads.databind(file);
    }

    /** @return schema errors and constraint violations */
    @Benchmark
    public long naivePipeline() {
        return naive.run(file);
    }

    /** @param bh receives the report */
    @Benchmark
    public void maillageValidateOneCore(Blackhole bh) {
        bh.consume(oneCore.validate(file));
    }

    /** @param bh receives the changeset */
    @Benchmark
    public void maillageDiffReordered(Blackhole bh) {
        bh.consume(Differ.standard().diff(dataset, shifted));
    }
}
