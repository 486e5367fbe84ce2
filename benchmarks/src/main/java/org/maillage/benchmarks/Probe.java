package org.maillage.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.maillage.core.model.Dataset;
import org.maillage.json.DatasetReader;

/**
 * Runs one workload in this JVM and prints one {@code RESULT} line: median and best time of the
 * timed runs, what the workload returned, and the peak heap in use (sampled every few
 * milliseconds, garbage included). {@link Compare} starts one JVM per probe, with its own heap
 * limit, so that workloads do not share a JIT profile or a heap and an out-of-memory is a result.
 *
 * <p>Usage: {@code Probe WORKLOAD WARMUPS RUNS FILE [FILE2 | THREADS]}; workloads: {@code scan},
 * {@code databind}, {@code naive}, {@code maillage} (with THREADS), {@code diff-maillage},
 * {@code diff-javers}, {@code diff-zjsonpatch} (with FILE2; only the comparison is timed, not
 * reading the two files).
 */
public final class Probe {
    private Probe() {}

    /** What one timed run returns: a primary count and a secondary one. */
    record Outcome(long result, long extra) {}

    /** A timed workload. */
    @FunctionalInterface
    interface Task {
        Outcome run();
    }

    /**
     * Entry point.
     *
     * @param args WORKLOAD WARMUPS RUNS FILE [FILE2 | THREADS]
     */
    public static void main(String[] args) {
        String workload = args[0];
        int warmups = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        Path file = Path.of(args[3]);
        String arg = args.length > 4 ? args[4] : null;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        StringBuilder line = new StringBuilder("RESULT workload=" + workload);
        try {
            Task task = task(workload, file, arg);
            for (int i = 0; i < warmups; i++) {
                task.run();
            }
            double[] ms = new double[runs];
            Outcome outcome = null;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                outcome = task.run();
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            line.append(String.format(Locale.ROOT, " ok=true medianMs=%.1f minMs=%.1f result=%d extra=%d",
                    ms[runs / 2], ms[0], outcome.result(), outcome.extra()));
        } catch (OutOfMemoryError e) {
            line.append(" ok=false error=OutOfMemoryError");
        } catch (RuntimeException e) {
            line.append(" ok=false error=").append(e.getClass().getSimpleName());
            System.err.println(e);
        }
        sampler.interrupt();
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        line.append(String.format(Locale.ROOT, " peakHeapMb=%d maxHeapMb=%d", peak.get() >> 20,
                Runtime.getRuntime().maxMemory() >> 20));
        System.out.println(line);
    }

    private static Task task(String workload, Path file, String arg) {
        switch (workload) {
            case "scan":
                return () -> new Outcome(Workloads.tokenScan(file), 0);
            case "databind":
                return () -> new Outcome(Workloads.databind(file).allEntities().size(), 0);
            case "naive": {
                Workloads.Naive naive = new Workloads.Naive();
                return () -> new Outcome(naive.run(file), 0);
            }
            case "maillage":
                return MaillageWorkloads.validate(file, Integer.parseInt(arg));
            case "diff-maillage": {
                Dataset a = DatasetReader.standard().read(file);
                Dataset b = DatasetReader.standard().read(Path.of(arg));
                return MaillageWorkloads.diff(a, b);
            }
            case "diff-javers": {
                Dataset a = DatasetReader.standard().read(file);
                Dataset b = DatasetReader.standard().read(Path.of(arg));
                org.javers.core.Javers javers = Baselines.javers();
                return () -> {
                    Baselines.DiffCount c = Baselines.javers(javers, a, b);
                    return new Outcome(c.entities(), c.changes());
                };
            }
            case "diff-zjsonpatch": {
                var a = Baselines.tree(file);
                var b = Baselines.tree(Path.of(arg));
                return () -> {
                    Baselines.DiffCount c = Baselines.zjsonpatch(a, b);
                    return new Outcome(c.entities(), c.changes());
                };
            }
            default:
                throw new IllegalArgumentException("unknown workload " + workload);
        }
    }
}
