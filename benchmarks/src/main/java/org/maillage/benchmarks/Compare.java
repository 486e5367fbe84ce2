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
 * <p>Usage: {@code Compare [--quick] [--work DIR] [--results FILE] [--seed N] [--commit ID]}.
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

    private Compare(boolean quick, Path work, Path results, long seed, String commit) {
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
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--work" -> work = Path.of(args[++i]);
                case "--results" -> results = Path.of(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--commit" -> commit = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Files.createDirectories(work);
        new Compare(quick, work, results, seed, commit).run();
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
            diffB = generate(DatasetSize.FRANCE, 1);
            memoryFiles.add(france);
            Path tenYears = generateIfRoom(DatasetSize.FRANCE_10Y);
            if (tenYears != null) {
                memoryFiles.add(tenYears);
            }
            naiveMemoryFile = france;
        }
        throughput(throughputFiles);
        diff(diffA, diffB, "1% of the entities changed");
        diff(dep, depHead, "one entity inserted at the head of the territories array");
        memory(memoryFiles, naiveMemoryFile);
        jmh(dep);
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
