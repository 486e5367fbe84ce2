package org.maillage.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.maillage.core.codelist.PopulationKind;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.Entity;
import org.maillage.core.model.Identifier;
import org.maillage.core.model.Population;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;
import org.maillage.json.DatasetReader;
import org.maillage.json.DatasetWriter;
import org.maillage.json.generate.DatasetGenerator;
import org.maillage.json.generate.DatasetSize;
import org.maillage.json.generate.GenerationSummary;

/**
 * The whole comparison in one run: generates the datasets, runs every workload in its own JVM
 * ({@link Probe}), prints a table of ratios and writes it with the machine description to
 * {@code RESULTS.md}, each target of the benchmark marked met or not.
 *
 * <p>Usage: {@code Compare [--quick] [--work DIR] [--results FILE] [--seed N] [--commit ID] [--only PARTS]}, where
 * PARTS is a comma-separated list of {@code cold}, {@code throughput}, {@code diff}, {@code memory} and {@code jmh}
 * (a partial run, for measuring one thing; the targets of the parts not run say "not measured").
 */
public final class Compare {

    private final boolean quick;
    private final Path work;
    private final Path results;
    private final long seed;
    private final String commit;
    private final String classpath = System.getProperty("java.class.path");
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final StringBuilder md = new StringBuilder();
    private final Map<String, Long> expected = new LinkedHashMap<>();

    /** The parts to run: cold, throughput, diff, memory, jmh (all by default). */
    private final Set<String> parts;

    private Compare(boolean quick, Path work, Path results, long seed, String commit, Set<String> parts) {
        this.parts = parts;
        this.quick = quick;
        this.work = work;
        this.results = results;
        this.seed = seed;
        this.commit = commit;
    }

    /**
     * Entry point.
     *
     * @param args see the class comment
     * @throws IOException when the work folder or the results cannot be written
     */
    public static void main(String[] args) throws IOException {
        boolean quick = false;
        Path work = Path.of("benchmarks/work");
        Path results = Path.of("benchmarks/RESULTS.md");
        long seed = 1;
        String commit = "unknown";
        Set<String> parts = Set.of("cold", "throughput", "diff", "memory", "jmh");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--work" -> work = Path.of(args[++i]);
                case "--results" -> results = Path.of(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--commit" -> commit = args[++i];
                case "--only" -> parts = Set.of(args[++i].split(","));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Files.createDirectories(work);
        new Compare(quick, work, results, seed, commit, parts).run();
    }

    /** One probe's parsed RESULT line. */
    record Result(String label, boolean ok, double medianMs, double minMs, long result, long extra, long peakHeapMb,
            long maxHeapMb, String error) {
        static Result failed(String label, String error) {
            return new Result(label, false, Double.NaN, Double.NaN, -1, -1, -1, -1, error);
        }
    }

    private void run() throws IOException {
        long start = System.nanoTime();
        machine();
        Path dep = generate(DatasetSize.DEPARTEMENT, 0);
        Path depChanged = generate(DatasetSize.DEPARTEMENT, 1);
        Path depHead = headInsertion(dep);
        List<Path> throughputFiles = new ArrayList<>();
        Path diffA;
        Path diffB;
        List<Path> memoryFiles = new ArrayList<>();
        Path naiveMemoryFile;
        if (quick) {
            throughputFiles.add(dep);
            diffA = dep;
            diffB = depChanged;
            memoryFiles.add(dep);
            naiveMemoryFile = dep;
        } else {
            throughputFiles.add(generate(DatasetSize.REGION, 0));
            Path france = generate(DatasetSize.FRANCE, 0);
            throughputFiles.add(france);
            diffA = france;
            diffB = parts.contains("diff") ? generate(DatasetSize.FRANCE, 1) : depChanged;
            memoryFiles.add(france);
            Path tenYears = parts.contains("memory") ? generateIfRoom(DatasetSize.FRANCE_10Y) : null;
            if (tenYears != null) {
                memoryFiles.add(tenYears);
            }
            naiveMemoryFile = france;
        }
        if (parts.contains("cold")) {
            // Not France: four cold runs of 390 MB for each command would double the whole run's time.
            cold(dep, quick ? null : throughputFiles.get(0), null);
            coldDiff(dep, depChanged);
        }
        if (parts.contains("throughput")) {
            throughput(throughputFiles);
        }
        if (parts.contains("diff")) {
            diff(diffA, diffB, "1% of the entities changed");
            diff(dep, depHead, "one entity inserted at the head of the territories array");
        }
        if (parts.contains("memory")) {
            memory(memoryFiles, naiveMemoryFile);
        }
        if (parts.contains("jmh")) {
            jmh(dep);
        }
        targets(throughputFiles.get(throughputFiles.size() - 1), diffB, depHead, memoryFiles, naiveMemoryFile);
        md.append("\nLoad average at the end (1, 5, 15 min): ").append(loadAverage()).append('\n');
        md.append(String.format(Locale.ROOT, "%nWhole run: %.1f min.%n", (System.nanoTime() - start) / 6e10));
        write();
    }

    // ---------------------------------------------------------------- machine and data

    private void machine() throws IOException {
        md.append("# Benchmark results\n\n");
        md.append(quick ? "**Quick mode** (smoke run: tiny sizes, one run each; times mean nothing).\n\n"
                : "Full run, as `benchmarks/run.sh` does it.\n\n");
        md.append("| machine | |\n|---|---|\n");
        md.append("| date | ").append(LocalDate.now()).append(" |\n");
        md.append("| commit | ").append(commit).append(" |\n");
        md.append("| CPU | ").append(cpuModel()).append(" |\n");
        md.append("| cores (nproc) | ").append(cores).append(" |\n");
        md.append("| memory | ").append(memTotal()).append(" |\n");
        md.append("| load average at the start (1, 5, 15 min) | ").append(loadAverage()).append(" |\n");
        md.append("| java | ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(" (").append(System.getProperty("java.vendor"))
                .append(") |\n\n");
    }

    private static String cpuModel() throws IOException {
        Path p = Path.of("/proc/cpuinfo");
        if (Files.exists(p)) {
            for (String l : Files.readAllLines(p)) {
                if (l.startsWith("model name")) {
                    return l.substring(l.indexOf(':') + 1).trim();
                }
            }
        }
        return System.getProperty("os.arch");
    }

    /** Other work on the machine skews times: the load average is printed with them. */
    private static String loadAverage() {
        try {
            Path p = Path.of("/proc/loadavg");
            if (Files.exists(p)) {
                String[] f = Files.readString(p).trim().split(" ");
                return f[0] + ", " + f[1] + ", " + f[2];
            }
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String memTotal() throws IOException {
        Path p = Path.of("/proc/meminfo");
        if (Files.exists(p)) {
            for (String l : Files.readAllLines(p)) {
                if (l.startsWith("MemTotal")) {
                    long kb = Long.parseLong(l.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
                }
            }
        }
        return "unknown";
    }

    private Path generate(DatasetSize size, double changes) throws IOException {
        String name = size.label() + "-s" + seed + (changes > 0 ? "-changed" + (int) changes : "") + ".json";
        Path file = work.resolve(name);
        Path summary = work.resolve(name + ".properties");
        Properties props = new Properties();
        if (Files.exists(file) && Files.exists(summary)) {
            try (var in = Files.newInputStream(summary)) {
                props.load(in);
            }
        } else {
            System.out.printf(Locale.ROOT, "generating %s...%n", file);
            long t0 = System.nanoTime();
            DatasetGenerator g = DatasetGenerator.of(size, seed);
            GenerationSummary s = (changes > 0 ? g.withChanges(changes) : g).write(file);
            props.setProperty("entities", Long.toString(s.entities()));
            props.setProperty("changes", Long.toString(s.modified() + s.added() + s.removed()));
            props.setProperty("seconds", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
            try (var out = Files.newOutputStream(summary)) {
                props.store(out, "generation summary");
            }
        }
        expected.put(file.getFileName().toString(), Long.parseLong(props.getProperty("changes")));
        md.append(String.format(Locale.ROOT, "- `%s`: %,d entities, %s, generated in %s s%n", name,
                Long.parseLong(props.getProperty("entities")), megabytes(file), props.getProperty("seconds")));
        return file;
    }

    /** France with ten years of observations needs about 4 GB; it is left out, and said so, when the disk lacks 12 GB. */
    private Path generateIfRoom(DatasetSize size) throws IOException {
        Path existing = work.resolve(size.label() + "-s" + seed + ".json");
        long free = Files.getFileStore(work).getUsableSpace();
        if (!Files.exists(existing) && free < 12L << 30) {
            md.append(String.format(Locale.ROOT, "- `%s`: not generated, only %.1f GB free on the disk%n",
                    size.label(), free / 1e9));
            return null;
        }
        return generate(size, 0);
    }

    /** The base dataset with one new commune inserted at the head of the territories array. */
    private Path headInsertion(Path base) throws IOException {
        Path file = work.resolve(base.getFileName().toString().replace(".json", "-head.json"));
        if (!Files.exists(file)) {
            Dataset a = DatasetReader.standard().read(base);
            List<Entity> entities = new ArrayList<>();
            Territory dep = a.territories().stream().filter(t -> t.kind() == TerritoryKind.DEPARTEMENT).findFirst()
                    .orElseThrow();
            String code = dep.code() + "998";
            entities.add(Territory.builder("commune:" + code, TerritoryKind.COMMUNE, code, "Commune-Nouvelle")
                    .addIdentifier(Identifier.of(IdentifierScheme.INSEE_COMMUNE, code))
                    .addParent(TerritoryLink.to(dep.id()))
                    .addParent(dep.parents().get(0))
                    .addPopulation(new Population(100, 2023, PopulationKind.MUNICIPALE))
                    .build());
            entities.addAll(a.allEntities());
            DatasetWriter.canonical().write(Dataset.of(a.header(), entities), file);
        }
        expected.put(file.getFileName().toString(), 1L);
        md.append(String.format(Locale.ROOT, "- `%s`: the same with one commune inserted at the head of `territories`%n",
                file.getFileName()));
        return file;
    }

    private static String megabytes(Path file) throws IOException {
        return String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1e6);
    }

    // ---------------------------------------------------------------- probes

    private Result probe(String label, String heap, long timeoutMinutes, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", classpath, Probe.class.getName()));
        cmd.addAll(List.of(args));
        System.out.printf(Locale.ROOT, "%-48s ", label);
        System.out.flush();
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            List<String> output = new ArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String l = r.readLine(); l != null; l = r.readLine()) {
                        synchronized (output) {
                            output.add(l);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            reader.start();
            if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor();
                System.out.println("timed out");
                return Result.failed(label, "did not finish in " + timeoutMinutes + " min");
            }
            reader.join();
            for (String l : output) {
                if (l.startsWith("RESULT ")) {
                    Result r = parse(label, l);
                    System.out.println(r.ok() ? String.format(Locale.ROOT, "%10.1f ms  peak heap %,d MB", r.medianMs(),
                            r.peakHeapMb()) : r.error());
                    return r;
                }
            }
            String tail = output.isEmpty() ? "no output" : output.get(output.size() - 1);
            System.out.println("failed: " + tail);
            return Result.failed(label, "exit " + p.exitValue() + ": " + tail);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.failed(label, "interrupted");
        }
    }

    private static Result parse(String label, String line) {
        Map<String, String> kv = new LinkedHashMap<>();
        for (String part : line.substring("RESULT ".length()).split(" ")) {
            int eq = part.indexOf('=');
            kv.put(part.substring(0, eq), part.substring(eq + 1));
        }
        boolean ok = Boolean.parseBoolean(kv.get("ok"));
        return new Result(label, ok, ok ? Double.parseDouble(kv.get("medianMs")) : Double.NaN,
                ok ? Double.parseDouble(kv.get("minMs")) : Double.NaN, ok ? Long.parseLong(kv.get("result")) : -1,
                ok ? Long.parseLong(kv.get("extra")) : -1, Long.parseLong(kv.get("peakHeapMb")),
                Long.parseLong(kv.get("maxHeapMb")), kv.get("error"));
    }

    // ---------------------------------------------------------------- the comparisons

    private final Map<String, Result> measured = new LinkedHashMap<>();

    private void throughput(List<Path> files) throws IOException {
        md.append("\n## Reading and validating a whole file\n\n");
        md.append("Median of the timed runs, each workload in its own JVM (heap ").append(quick ? "1g" : "12g")
                .append("). *vs ceiling*: share of the token scan's throughput; *vs naive*: how many times faster than "
                        + "the naive pipeline. Peak heap is sampled (garbage included).\n\n");
        md.append("| file | workload | time | MB/s | vs ceiling | vs naive | peak heap | result |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---|\n");
        String heap = quick ? "1g" : "12g";
        for (Path f : files) {
            boolean big = Files.size(f) > 100_000_000L;
            String w = quick ? "0" : "1";
            String n = quick ? "1" : big ? "3" : "5";
            String name = f.getFileName().toString();
            Map<String, Result> row = new LinkedHashMap<>();
            row.put("token scan (ceiling)", probe(name + " scan", heap, 30, "scan", w, n, f.toString()));
            row.put("Jackson databind", probe(name + " databind", heap, 30, "databind", w, n, f.toString()));
            // Every workload gets a warm-up pass: a cold first pass measures the JIT more than the workload.
            String slowW = quick ? "0" : "1";
            String slowN = quick ? "1" : "3";
            row.put("naive: tree + networknt + bind + HV", probe(name + " naive", heap, 60, "naive", slowW, slowN,
                    f.toString()));
            row.put("Maillage validate, 1 core", probe(name + " maillage 1 core", heap, 60, "maillage", slowW, slowN,
                    f.toString(), "1"));
            row.put("Maillage validate, " + cores + " cores", probe(name + " maillage all cores", heap, 60, "maillage",
                    slowW, slowN, f.toString(), Integer.toString(cores)));
            double mb = Files.size(f) / 1e6;
            Result scan = row.get("token scan (ceiling)");
            Result naive = row.get("naive: tree + networknt + bind + HV");
            for (var e : row.entrySet()) {
                Result r = e.getValue();
                measured.put(name + "|" + e.getKey(), r);
                md.append("| ").append(name).append(" | ").append(e.getKey()).append(" | ");
                if (!r.ok()) {
                    md.append(r.error()).append(" | | | | ").append(heapText(r)).append(" | |\n");
                    continue;
                }
                md.append(String.format(Locale.ROOT, "%.2f s | %.1f | %s | %s | %,d MB | %s |%n", r.medianMs() / 1000,
                        mb / (r.medianMs() / 1000), ratio(scan, r, false), ratio(naive, r, true), r.peakHeapMb(),
                        resultText(e.getKey(), r)));
            }
        }
    }

    private static String heapText(Result r) {
        return r.peakHeapMb() < 0 ? "" : String.format(Locale.ROOT, "%,d MB", r.peakHeapMb());
    }

    private static String resultText(String workload, Result r) {
        if (workload.startsWith("token")) {
            return String.format(Locale.ROOT, "%,d tokens", r.result());
        }
        if (workload.startsWith("Jackson")) {
            return String.format(Locale.ROOT, "%,d entities", r.result());
        }
        return String.format(Locale.ROOT, "%,d findings", r.result());
    }

    /** How r compares with a reference: its share of the reference's throughput, or its speed-up. */
    private static String ratio(Result reference, Result r, boolean speedup) {
        if (reference == null || !reference.ok() || !r.ok()) {
            return "n/a";
        }
        double x = reference.medianMs() / r.medianMs();
        return speedup ? String.format(Locale.ROOT, "%.1f×", x) : percent(x);
    }

    /** A share as a percentage, with a decimal when it is small enough to round to 0. */
    private static String percent(double share) {
        return String.format(Locale.ROOT, share < 0.1 ? "%.1f%%" : "%.0f%%", 100 * share);
    }

    private void diff(Path a, Path b, String what) throws IOException {
        long truth = expected.get(b.getFileName().toString());
        md.append("\n## Diff: ").append(what).append("\n\n");
        md.append(String.format(Locale.ROOT, "`%s` → `%s`; the generator changed **%,d** entities. Only the comparison "
                + "is timed (both inputs already in memory: model objects for Maillage and JaVers, Jackson 2 trees for "
                + "zjsonpatch). *Entities reported*: distinct entities (or top-level array items) the changes touch; "
                + "*changes*: the tool's own unit (field changes, JaVers changes, patch operations).%n%n",
                a.getFileName(), b.getFileName(), truth));
        md.append("| tool | time | entities reported | spurious | changes | Maillage is faster by | peak heap |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        String heap = quick ? "1g" : "12g";
        String w = quick ? "0" : "1";
        String n = quick ? "1" : "3";
        Result maillage = probe("diff maillage " + b.getFileName(), heap, 30, "diff-maillage", w, n, a.toString(),
                b.toString());
        Result javers = probe("diff javers " + b.getFileName(), heap, 30, "diff-javers", "0", "1", a.toString(),
                b.toString());
        Result zjson = probe("diff zjsonpatch " + b.getFileName(), heap, 30, "diff-zjsonpatch", "0", "1", a.toString(),
                b.toString());
        String key = b.getFileName().toString();
        measured.put(key + "|diff maillage", maillage);
        measured.put(key + "|diff javers", javers);
        measured.put(key + "|diff zjsonpatch", zjson);
        for (Result r : List.of(maillage, javers, zjson)) {
            String tool = r.label().split(" ")[1];
            if (!r.ok()) {
                md.append("| ").append(tool).append(" | ").append(r.error()).append(" | | | | | ").append(heapText(r))
                        .append(" |\n");
                continue;
            }
            md.append(String.format(Locale.ROOT, "| %s | %.3f s | %,d | %,d | %,d | %s | %,d MB |%n", tool,
                    r.medianMs() / 1000, r.result(), Math.max(0, r.result() - truth), r.extra(),
                    r == maillage ? "" : ratio(r, maillage, true), r.peakHeapMb()));
        }
    }

    private void memory(List<Path> files, Path naiveFile) {
        md.append("\n## Peak memory with -Xmx512m\n\n");
        md.append("Each in its own JVM limited to 512 MB of heap; one run.\n\n");
        md.append("| file | workload | outcome | time | peak heap |\n|---|---|---|---:|---:|\n");
        for (Path f : files) {
            Result r = probe(f.getFileName() + " maillage -Xmx512m", "512m", 20, "maillage", "0", "1", f.toString(),
                    Integer.toString(cores));
            measured.put(f.getFileName() + "|maillage 512m", r);
            memoryRow(f, "Maillage validate, " + cores + " cores", r);
        }
        Result naive = probe(naiveFile.getFileName() + " naive -Xmx512m", "512m", 60, "naive", "0", "1",
                naiveFile.toString());
        measured.put(naiveFile.getFileName() + "|naive 512m", naive);
        memoryRow(naiveFile, "naive pipeline", naive);
    }

    private void memoryRow(Path f, String workload, Result r) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", f.getFileName(), workload,
                r.ok() ? "completed, " + r.result() + " findings" : r.error(),
                r.ok() ? String.format(Locale.ROOT, "%.1f s", r.medianMs() / 1000) : "", heapText(r)));
    }

    /** The JMH micro-benchmarks on the département file, in a child JVM; their table goes into the results. */
    private void jmh(Path dep) throws IOException {
        Path out = work.resolve(quick ? "jmh-quick.txt" : "jmh.txt");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", classpath, "org.openjdk.jmh.Main", "-f", "1", "-wi", quick ? "0" : "3", "-i", quick ? "1" : "5",
                "-r", quick ? "1" : "2", "-foe", "true", "-rf", "text", "-rff", out.toString(),
                "-jvmArgsAppend", "-Xmx1g -Dmaillage.bench.file=" + dep.toAbsolutePath(), Micro.class.getName());
        System.out.println("JMH micro-benchmarks on " + dep.getFileName() + "...");
        md.append("\n## JMH micro-benchmarks (").append(dep.getFileName()).append(")\n\n");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(work.resolve("jmh-output.txt").toFile()).start();
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor();
                md.append("did not finish in 30 min\n");
                return;
            }
            if (p.exitValue() != 0 || !Files.exists(out)) {
                md.append("failed (exit ").append(p.exitValue()).append("), see work/jmh-output.txt\n");
                return;
            }
            md.append("Average time per operation; ").append(quick ? "no warm-up, one 1 s iteration"
                    : "3 warm-up and 5 measured iterations of 2 s").append(".\n\n```\n")
                    .append(Files.readString(out).strip()).append("\n```\n");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }


    // ---------------------------------------------------------------- cold: whole processes

    /** One whole process, timed: wall and CPU seconds (user + system, all threads), peak resident memory. */
    record Run(boolean ok, double wall, double cpu, long rssMb, int exit, String output) {}

    /** The median of several runs of one command, and its first (untimed) run's outcome. */
    record Cold(String label, boolean ok, double wall, double cpu, long rssMb, String result, String error) {
        static Cold failed(String label, String error) {
            return new Cold(label, false, Double.NaN, Double.NaN, -1, "", error);
        }
    }

    private final Map<String, Cold> coldResults = new LinkedHashMap<>();
    private final Path repo = Path.of("").toAbsolutePath();
    private final boolean timeTool = Files.isExecutable(Path.of("/usr/bin/time"));

    /**
     * Runs a command as a fresh process, output to a file; with {@code /usr/bin/time} around it
     * when the machine has it (CPU time and peak memory), else wall time only.
     */
    private Run timed(List<String> command, Map<String, String> env, long timeoutMinutes) {
        List<String> cmd = new ArrayList<>();
        if (timeTool) {
            cmd.addAll(List.of("/usr/bin/time", "-f", "TIMED %e %U %S %M"));
        }
        cmd.addAll(command);
        try {
            Path out = Files.createTempFile(work, "cold", ".out");
            Path err = Files.createTempFile(work, "cold", ".err");
            try {
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
                pb.environment().putAll(env);
                long t0 = System.nanoTime();
                Process p = pb.start();
                if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                    p.destroyForcibly().waitFor();
                    return new Run(false, Double.NaN, Double.NaN, -1, -1, "did not finish in " + timeoutMinutes + " min");
                }
                double wall = (System.nanoTime() - t0) / 1e9;
                double cpu = Double.NaN;
                long rss = -1;
                List<String> errLines = new ArrayList<>(Files.readAllLines(err, StandardCharsets.UTF_8));
                for (int i = errLines.size() - 1; i >= 0; i--) {
                    String l = errLines.get(i);
                    if (l.startsWith("TIMED ")) {
                        String[] f = l.split(" ");
                        wall = Double.parseDouble(f[1]);
                        cpu = Double.parseDouble(f[2]) + Double.parseDouble(f[3]);
                        rss = Long.parseLong(f[4]) / 1024;
                        errLines.remove(i);
                        break;
                    }
                }
                String stdout = Files.readString(out, StandardCharsets.UTF_8);
                String text = stdout.isBlank() ? String.join("\n", errLines) : stdout;
                int exit = p.exitValue();
                return new Run(true, wall, cpu, rss, exit, text.strip());
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            return new Run(false, Double.NaN, Double.NaN, -1, -1, String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Run(false, Double.NaN, Double.NaN, -1, -1, "interrupted");
        }
    }

    /**
     * A command timed cold: one untimed run first (it creates what a user's first run creates,
     * such as the launcher's class-data archive), then the median of {@code runs} runs.
     *
     * @param accepted the exit codes that mean the command did its work (1: invalid or different)
     */
    private Cold cold(String label, List<String> command, Map<String, String> env, int runs, Set<Integer> accepted,
            java.util.function.Function<String, String> result) {
        System.out.printf(Locale.ROOT, "%-48s ", label);
        System.out.flush();
        // An untimed run first for the short commands only (it fills the disk cache); the long ones read
        // files just written, and their run-to-run spread is below that of the load. Quick mode: none.
        Run first = quick || runs < 5 ? null : timed(command, env, 30);
        if (first != null && (!first.ok() || !accepted.contains(first.exit()))) {
            String why = first.ok() ? "exit " + first.exit() + ": " + lastLine(first.output()) : first.output();
            System.out.println("failed: " + why);
            return Cold.failed(label, why);
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        long rss = 0;
        String last = "";
        for (int i = 0; i < runs; i++) {
            Run r = timed(command, env, 30);
            if (!r.ok() || !accepted.contains(r.exit())) {
                String why = r.ok() ? "exit " + r.exit() + ": " + lastLine(r.output()) : r.output();
                System.out.println("failed: " + why);
                return Cold.failed(label, why);
            }
            wall[i] = r.wall();
            cpu[i] = r.cpu();
            rss = Math.max(rss, r.rssMb());
            last = r.output();
        }
        java.util.Arrays.sort(wall);
        java.util.Arrays.sort(cpu);
        Cold c = new Cold(label, true, wall[runs / 2], cpu[runs / 2], rss, result.apply(first == null ? last : first.output()),
                "");
        System.out.println(String.format(Locale.ROOT, "%8.2f s wall %8.2f s CPU", c.wall(), c.cpu()));
        return c;
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    /** The Java command line the {@code ./maillage} launcher runs, without the launcher around it. */
    private List<String> maillage(String... args) throws IOException {
        return maillage(null, args);
    }

    /**
     * The Java command line the {@code ./maillage} launcher runs with the {@code java} of the given
     * JDK first on its path (null: the path as it is), without the launcher around it. Asking for it
     * makes the launcher's start-up cache when there is none yet, as a user's first run does.
     */
    private List<String> maillage(Path jdk, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(repo.resolve("maillage").toString()));
        cmd.addAll(List.of(args));
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(false);
            pb.environment().put("MAILLAGE_PRINT_COMMAND", "1");
            if (jdk != null) {
                pb.environment().put("PATH", jdk.resolve("bin") + java.io.File.pathSeparator + System.getenv("PATH"));
            }
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.getErrorStream().readAllBytes();
            if (p.waitFor() != 0) {
                throw new IOException("./maillage could not give its command line");
            }
            List<String> line = new ArrayList<>(out.lines().toList());
            if (jdk != null && !line.isEmpty() && line.get(0).equals("java")) {
                line.set(0, jdk.resolve("bin/java").toString());
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** A JDK 25 or later beside the one running the benchmarks, for the AOT-cache row; null when the machine has none. */
    private static Path newerJdk() {
        Path jdk = Path.of(System.getProperty("maillage.bench.jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        return Files.isExecutable(jdk.resolve("bin/java")) ? jdk : null;
    }

    /** The ajv-cli 5 command line for a file, installed with npm into the work folder on first use; null without npm. */
    private List<String> ajv(Path file) {
        Path node = work.resolve("node").toAbsolutePath();
        Path bin = node.resolve("node_modules/.bin/ajv");
        if (!Files.isExecutable(bin) && !ajvTried && !quick) {
            ajvTried = true;
            try {
                Files.createDirectories(node);
                if (!Files.exists(node.resolve("package.json"))) {
                    Files.writeString(node.resolve("package.json"), "{\"private\": true}\n");
                }
                System.out.println("installing ajv-cli 5 with npm into " + node + "...");
                Process p = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "ajv-cli@5", "ajv-formats@3")
                        .directory(node.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("npm.log").toFile())
                        .start();
                if (!p.waitFor(10, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                }
            } catch (IOException e) {
                System.out.println("npm is not available: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!Files.isExecutable(bin)) {
            return null;
        }
        Path schemas = repo.resolve("schemas/json");
        List<String> cmd = new ArrayList<>(List.of(bin.toString(), "validate", "--spec=draft2020", "-c", "ajv-formats",
                "-s", schemas.resolve("dataset.schema.json").toString()));
        cmd.addAll(List.of("-r", schemas.resolve("common.schema.json").toString()));
        for (org.maillage.core.model.EntityFamily f : org.maillage.core.model.EntityFamily.values()) {
            cmd.addAll(List.of("-r", schemas.resolve(f.type() + ".schema.json").toString()));
        }
        cmd.addAll(List.of("-d", file.toAbsolutePath().toString()));
        return cmd;
    }

    private boolean ajvTried;

    private void cold(Path dep, Path region, Path france) throws IOException {
        md.append("\n## Cold: whole processes, as users run them\n\n");
        md.append("Each command is a fresh process, the way a user runs it: `maillage validate FILE` is the Java command "
                + "line the `./maillage` launcher runs (its JVM options and its class-data archive included: asking the launcher "
                + "for its command line makes the archive first, as a user's first run does), all five layers, the default "
                + "profile; "
                + "ajv-cli 5 (`--spec=draft2020`, ajv-formats, the schemas of `schemas/json`) checks the JSON Schema only: "
                + "no constraints, no references, no rules, and it stops at the first error. Median of 5 timed runs after an "
                + "untimed one for the files under 10 MB, of 3 timed runs for the others (quick mode: one timed run). "
                + "*CPU*: user and system time of all threads, the more robust figure on a loaded machine. "
                + "*Ratio*: Maillage's wall time over ajv-cli's, measured side by side (≤ 1 means no slower), and in brackets "
                + "the same ratio of CPU times.\n\n");
        md.append("| file | command | wall | CPU | peak RSS | ratio to ajv-cli | result |\n");
        md.append("|---|---|---:|---:|---:|---:|---|\n");
        List<Path> files = new ArrayList<>();
        files.add(repo.resolve("examples/data/ariege.json"));
        files.add(dep);
        if (region != null) {
            files.add(region);
        }
        if (france != null) {
            files.add(france);
        }
        Path jdk25 = newerJdk();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String path = f.toAbsolutePath().toString();
            int runs = quick ? 1 : Files.size(f) > 10_000_000L ? 3 : 5;
            Cold ours = cold(name + " maillage validate (cold)", maillage("validate", path), Map.of(), runs, Set.of(0, 1),
                    Compare::verdictLine);
            List<String> ajvCmd = ajv(f);
            Cold ajv = ajvCmd == null ? Cold.failed("ajv", quick
                    ? "ajv-cli not installed (quick mode runs no npm install: a full run installs it into the work folder)"
                    : "ajv-cli not installed (npm missing or offline, see npm.log in the work folder)")
                    : cold(name + " ajv-cli (cold)", ajvCmd, Map.of(), runs, Set.of(0, 1), Compare::verdictLine);
            coldResults.put(name + "|maillage", ours);
            coldResults.put(name + "|ajv", ajv);
            coldRow(name, "`maillage validate`", ours, ajv);
            coldRow(name, "ajv-cli 5", ajv, null);
            if (f == files.get(0)) {
                // What the launcher's JVM options bring: the same jar with none of them.
                Path java = Path.of(System.getProperty("java.home"), "bin", "java");
                Cold plain = cold(name + " java -jar, no launcher options", List.of(java.toString(), "-jar",
                        repo.resolve("sdk-cli/target/maillage.jar").toString(), "validate", path), Map.of(), runs,
                        Set.of(0, 1), Compare::verdictLine);
                coldRow(name, "`java -jar maillage.jar validate` (no archive, C2)", plain, ajv);
                if (jdk25 != null && !quick) {
                    Cold aot = cold(name + " maillage validate, JDK 25 (cold)", maillage(jdk25, "validate", path), Map.of(),
                            runs, Set.of(0, 1), Compare::verdictLine);
                    coldRow(name, "`maillage validate` on JDK 25 (AOT cache)", aot, ajv);
                }
            }
        }
    }

    /** The last line of a validation's output: Maillage's summary, or ajv-cli's "valid" / "invalid". */
    private static String verdictLine(String output) {
        String l = lastLine(output);
        return l.length() > 60 ? l.substring(0, 60) + "…" : l;
    }

    private void coldRow(String file, String command, Cold c, Cold reference) {
        md.append("| ").append(file).append(" | ").append(command).append(" | ");
        if (!c.ok()) {
            md.append(c.error()).append(" | | | | |\n");
            return;
        }
        String ratio = reference == null ? "" : reference.ok() ? String.format(Locale.ROOT, "%.2f (CPU %.2f)",
                c.wall() / reference.wall(), c.cpu() / reference.cpu()) : "n/a";
        md.append(String.format(Locale.ROOT, "%.2f s | %s | %s | %s | %s |%n", c.wall(),
                Double.isNaN(c.cpu()) ? "n/a" : String.format(Locale.ROOT, "%.2f s", c.cpu()),
                c.rssMb() < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MB", c.rssMb()), ratio, c.result()));
    }

    /**
     * {@code maillage diff} and {@code maillage patch} as whole processes, beside the JaVers program
     * reading the same two files: the real COG 2024 and 2025 (imported from the COG cache when it
     * holds them) or, in quick mode, two generated départements.
     */
    private void coldDiff(Path dep, Path depChanged) throws IOException {
        Path a = dep;
        Path b = depChanged;
        String what = "two generated snapshots of a département";
        if (!quick) {
            Path cog2024 = importCog("4.1.0", 2024);
            Path cog2025 = importCog("5.3.0", 2025);
            if (cog2024 != null && cog2025 != null) {
                a = cog2024;
                b = cog2025;
                what = "the real COG 2024 and 2025, imported from the npm package";
            } else {
                what += " (the COG cache lacks the 2024 or 2025 vintage: run scripts/fetch-cog.sh 4.1.0 5.3.0)";
            }
        }
        md.append("\n## Cold diff: whole processes\n\n");
        md.append(String.format(Locale.ROOT, "`%s` (%s) → `%s` (%s): %s. Each a fresh process, median of 3 timed runs "
                + "(quick mode: one). The JaVers program reads both files with Jackson into the model records and "
                + "compares them with JaVers (every family an entity by `id`), in ten lines "
                + "(`JaversDiffProgram`); `maillage diff` prints its text rendering, `maillage patch` applies the "
                + "JSON changeset to the first file.%n%n", a.getFileName(), megabytes(a), b.getFileName(), megabytes(b),
                what));
        md.append("| command | wall | CPU | peak RSS | JaVers program / this | result |\n|---|---:|---:|---:|---:|---|\n");
        int runs = quick ? 1 : 3;
        String cp = classpath;
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Cold javers = cold("diff JaVers program (cold)", List.of(java.toString(), "-cp", cp,
                JaversDiffProgram.class.getName(), a.toString(), b.toString()), Map.of(), runs, Set.of(0),
                Compare::lastLine);
        Cold diff = cold("maillage diff (cold)", maillage("diff", a.toString(), b.toString()), Map.of(), runs,
                Set.of(0, 1), out -> out.lines().count() + " lines of text");
        Path changeset = work.resolve("cold-changeset.json");
        Run made = timed(maillage("diff", "--format", "json", "-o", changeset.toString(), a.toString(), b.toString()),
                Map.of(), 30);
        Cold patch = made.ok() && (made.exit() == 0 || made.exit() == 1)
                ? cold("maillage patch (cold)", maillage("patch", a.toString(), changeset.toString(), "-o",
                        work.resolve("cold-patched.json").toString()), Map.of(), runs, Set.of(0), out -> "applied")
                : Cold.failed("patch", "no changeset: " + made.output());
        coldResults.put("diff|javers", javers);
        coldResults.put("diff|maillage", diff);
        coldResults.put("diff|patch", patch);
        coldResults.put("diff|what", new Cold(what, a != dep, 0, 0, 0, "", ""));
        diffRow("JaVers program", javers, null);
        diffRow("`maillage diff`", diff, javers);
        diffRow("`maillage patch`", patch, null);
    }

    private void diffRow(String command, Cold c, Cold javers) {
        md.append("| ").append(command).append(" | ");
        if (!c.ok()) {
            md.append(c.error()).append(" | | | | |\n");
            return;
        }
        String ratio = javers == null ? "" : javers.ok() ? String.format(Locale.ROOT, "%.1f×", javers.wall() / c.wall()) : "n/a";
        md.append(String.format(Locale.ROOT, "%.2f s | %s | %s | %s | %s |%n", c.wall(),
                Double.isNaN(c.cpu()) ? "n/a" : String.format(Locale.ROOT, "%.2f s", c.cpu()),
                c.rssMb() < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MB", c.rssMb()), ratio, c.result()));
    }

    /** A COG vintage imported with the command line into the work folder, or null when the cache lacks it. */
    private Path importCog(String version, int year) throws IOException {
        String cache = System.getenv().getOrDefault("MAILLAGE_COG_CACHE", System.getProperty("user.home") + "/.cache/maillage/cog");
        Path data = Path.of(cache, version, "package", "data");
        Path out = work.resolve("cog-" + year + ".json");
        if (Files.exists(out)) {
            return out;
        }
        if (!Files.isDirectory(data)) {
            return null;
        }
        System.out.println("importing the COG " + year + " from " + data + "...");
        Run r = timed(maillage("import", "cog", data.toString(), "-o", out.toString()), Map.of(), 30);
        return r.ok() && r.exit() == 0 ? out : null;
    }

    /**
     * The cold targets. Wall time is the target's measure, but on a machine whose load exceeds its
     * cores the wall times say more about the scheduler than about the commands: there the verdict
     * is taken on CPU time and says so.
     */
    private void coldTargets() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        boolean loaded = load > cores;
        String basis = loaded ? String.format(Locale.ROOT, " (judged on CPU: load %.1f on %d cores)", load, cores) : "";
        for (String f : List.of("ariege.json", "region-s" + seed + ".json")) {
            Cold ours = coldResults.get(f + "|maillage");
            Cold ajv = coldResults.get(f + "|ajv");
            if (ours == null) {
                continue;
            }
            if (ours.ok() && ajv != null && ajv.ok()) {
                double r = ours.wall() / ajv.wall();
                double rc = ours.cpu() / ajv.cpu();
                verdict("cold `maillage validate` ≤ ajv-cli on " + f, String.format(Locale.ROOT,
                        "%.2f s vs %.2f s wall (ratio %.2f); CPU %.2f s vs %.2f s (ratio %.2f)%s", ours.wall(), ajv.wall(), r,
                        ours.cpu(), ajv.cpu(), rc, basis), (loaded ? rc : r) <= 1);
            } else {
                verdict("cold `maillage validate` ≤ ajv-cli on " + f, "not measured: " + (ours.ok() ? ajv == null ? "no ajv-cli"
                        : ajv.error() : ours.error()), false);
            }
        }
        Cold j = coldResults.get("diff|javers");
        Cold d = coldResults.get("diff|maillage");
        Cold what = coldResults.get("diff|what");
        if (j != null && d != null && j.ok() && d.ok()) {
            double x = j.wall() / d.wall();
            double xc = j.cpu() / d.cpu();
            verdict("whole-process `maillage diff` ≥ 5× the JaVers program (" + what.label() + ")",
                    String.format(Locale.ROOT, "%.2f s vs %.2f s wall: %.1f×; CPU %.2f s vs %.2f s: %.1f×%s", d.wall(),
                            j.wall(), x, d.cpu(), j.cpu(), xc, basis), (loaded ? xc : x) >= 5 && what.ok());
        }
    }

    // ---------------------------------------------------------------- targets

    private Result get(String key) {
        return measured.getOrDefault(key, Result.failed(key, "not measured"));
    }

    private void targets(Path big, Path diffB, Path head, List<Path> memoryFiles, Path naiveFile) {
        String f = big.getFileName().toString();
        Result scan = get(f + "|token scan (ceiling)");
        Result ours = get(f + "|Maillage validate, " + cores + " cores");
        Result naive = get(f + "|naive: tree + networknt + bind + HV");
        md.append("\n## Targets\n\n| target | measured | verdict |\n|---|---|---|\n");
        if (scan.ok() && ours.ok()) {
            double share = scan.medianMs() / ours.medianMs();
            verdict(String.format(Locale.ROOT, "full validation ≥ 25%% of the token-scan throughput (%d cores)", cores),
                    percent(share) + " on " + f, share >= 0.25);
        } else {
            verdict("full validation ≥ 25% of the token-scan throughput", "not measured: " + ours.error(), false);
        }
        Result naive512 = get(naiveFile.getFileName() + "|naive 512m");
        Result ours512 = get(naiveFile.getFileName() + "|maillage 512m");
        if (naive.ok() && ours.ok()) {
            double speedup = naive.medianMs() / ours.medianMs();
            boolean moreMemory = (!naive512.ok() && ours512.ok()) || naive.peakHeapMb() >= ours.peakHeapMb();
            verdict("≥ 5× faster than the naive pipeline, which needs at least as much memory",
                    String.format(Locale.ROOT, "%.1f× on %s; naive peak %,d MB vs %,d MB; at -Xmx512m naive %s, "
                            + "Maillage %s", speedup, f, naive.peakHeapMb(), ours.peakHeapMb(),
                            naive512.ok() ? "completes" : naive512.error(), ours512.ok() ? "completes" : ours512.error()),
                    speedup >= 5 && moreMemory);
        } else {
            verdict("≥ 5× faster than the naive pipeline", "not measured: " + (naive.ok() ? ours.error() : naive.error()),
                    false);
        }
        Path tenYears = memoryFiles.stream().filter(p -> p.getFileName().toString().startsWith("france-10y"))
                .findFirst().orElse(null);
        if (tenYears == null) {
            verdict("france-10y validates in -Xmx512m", quick ? "not measured in quick mode" : "france-10y not generated",
                    false);
        } else {
            Result r = get(tenYears.getFileName() + "|maillage 512m");
            verdict("france-10y validates in -Xmx512m", r.ok() ? String.format(Locale.ROOT,
                    "completed in %.1f min, peak heap %,d MB", r.medianMs() / 60_000, r.peakHeapMb()) : r.error(), r.ok());
        }
        String k = diffB.getFileName().toString();
        Result dm = get(k + "|diff maillage");
        Result dj = get(k + "|diff javers");
        Result dz = get(k + "|diff zjsonpatch");
        Result hm = get(head.getFileName() + "|diff maillage");
        long truth = expected.getOrDefault(k, -1L);
        if (dm.ok()) {
            double vj = dj.ok() ? dj.medianMs() / dm.medianMs() : Double.NaN;
            double vz = dz.ok() ? dz.medianMs() / dm.medianMs() : Double.NaN;
            boolean exact = dm.result() == truth && hm.ok() && hm.result() == 1;
            // A baseline that did not finish in its time limit is slower than any ratio we could print.
            boolean fastJ = !dj.ok() || vj >= 10;
            boolean fastZ = !dz.ok() || vz >= 10;
            verdict("diff ≥ 10× faster than JaVers and zjsonpatch, no spurious change",
                    String.format(Locale.ROOT, "vs JaVers %s, vs zjsonpatch %s; Maillage reports %,d of %,d changed "
                            + "entities, %s for the head insertion", dj.ok() ? String.format(Locale.ROOT, "%.1f×", vj)
                            : dj.error(), dz.ok() ? String.format(Locale.ROOT, "%.1f×", vz) : dz.error(), dm.result(),
                            truth, hm.ok() ? hm.result() + " change" : hm.error()),
                    fastJ && fastZ && exact);
        } else {
            verdict("diff ≥ 10× faster than JaVers and zjsonpatch", "not measured: " + dm.error(), false);
        }
        coldTargets();
    }

    private void verdict(String target, String measuredText, boolean met) {
        md.append("| ").append(target).append(" | ").append(measuredText).append(" | ")
                .append(quick ? "(quick mode: no verdict)" : met ? "**met**" : "**not met**").append(" |\n");
    }

    // ---------------------------------------------------------------- report

    private void write() throws IOException {
        String notes = "";
        if (Files.exists(results)) {
            String old = Files.readString(results);
            int at = old.indexOf(NOTES_MARKER);
            if (at >= 0) {
                notes = old.substring(at);
            }
        }
        String text = md + "\n" + (notes.isEmpty() ? NOTES_MARKER + "\n" : notes);
        Files.writeString(results, text);
        System.out.println();
        System.out.println(md);
        System.out.println("written to " + results);
    }

    /** Hand-written analysis below this line in RESULTS.md is kept from one run to the next. */
    static final String NOTES_MARKER = "<!-- notes: kept across runs -->";
}
