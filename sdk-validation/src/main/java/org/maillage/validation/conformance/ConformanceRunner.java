package org.maillage.validation.conformance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.maillage.json.MaillageJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Runs the conformance corpus through another implementation and scores it. Immutable and
 * thread-safe.
 *
 * <p>The implementation is a command: for each case, the runner writes the case's input to a
 * file in a fresh temporary folder, runs the command with that file's path appended as its last
 * argument, preceded by the case's options, and reads a JSON report from its standard output.
 * The contract is {@code CMD [--profile NAME] [--waivers FILE] [--layers LIST] FILE}:
 * {@code --profile NAME} when the case names a profile, {@code --waivers FILE} (a waivers file
 * written beside the input) when it has waivers, {@code --layers LIST} (layer codes separated by
 * commas, {@code read,constraints,references,rules}) when it runs only some layers, so that
 * {@code maillage validate --format json} is an implementation as it stands. The report is
 * {@code {"valid": true|false, "findings": [{"ruleId": "...", "pointer": "/..."}, ...]}} (other
 * members are ignored; a finding with {@code "waived": true} is left out). Its exit code is not
 * looked at, its standard error is kept only for messages. A case passes when the verdict is the
 * expected one and the set of (rule id, pointer) pairs equals the expected set. A case that runs
 * longer than the timeout is killed and fails, and so does one that writes more than 64 MB on
 * standard output or standard error (checked as it writes, not after it exits).
 *
 * <p>Where {@code setsid} exists (Linux), each case runs in a session and process group of its
 * own, and the whole group is killed at the timeout and when the case ends, so that a background
 * child of the implementation does not survive it. Elsewhere the process and the descendants Java
 * can see are killed.
 *
 * <p>The command line is split into arguments by {@link CommandLineSplitter} and run directly,
 * without a shell: quote arguments with spaces; use {@code sh -c '...'} explicitly if a shell is
 * wanted.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ConformanceRunner {

    private static final long MAX_OUTPUT = 64L << 20;

    private final List<String> command;
    private final Duration timeout;
    private final int jobs;

    private ConformanceRunner(List<String> command, Duration timeout, int jobs) {
        this.command = List.copyOf(command);
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive");
        }
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
        this.jobs = jobs;
    }

    /**
     * A runner for a command line, with a 60-second timeout per case and one case at a time per core.
     *
     * @param commandLine the command, split into arguments without a shell
     * @return the runner
     * @throws IllegalArgumentException when the command line is empty or has an unclosed quote
     */
    public static ConformanceRunner of(String commandLine) {
        return new ConformanceRunner(CommandLineSplitter.split(commandLine), Duration.ofSeconds(60),
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * A runner for a command given as arguments.
     *
     * @param command the program and its first arguments
     * @return the runner
     */
    public static ConformanceRunner of(List<String> command) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("the implementation command is empty");
        }
        return new ConformanceRunner(command, Duration.ofSeconds(60), Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param value the longest a case may run
     * @return a copy with that timeout
     */
    public ConformanceRunner withTimeout(Duration value) {
        return new ConformanceRunner(command, value, jobs);
    }

    /**
     * @param value how many cases run at once
     * @return a copy with that parallelism
     */
    public ConformanceRunner withJobs(int value) {
        return new ConformanceRunner(command, timeout, value);
    }

    /** @return the command, as arguments */
    public List<String> command() {
        return command;
    }

    /**
     * Runs every case of a corpus.
     *
     * @param corpus the corpus
     * @return the results
     * @throws IOException when the temporary folder cannot be made
     */
    public ConformanceResult run(ConformanceCorpus corpus) throws IOException {
        Path work = Files.createTempDirectory("maillage-conformance-");
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, corpus.cases().size())));
        try {
            List<Future<CaseResult>> futures = new ArrayList<>();
            int n = 0;
            for (ConformanceCase c : corpus.cases()) {
                Path dir = work.resolve(Integer.toString(n++));
                futures.add(pool.submit(() -> runCase(c, dir)));
            }
            List<CaseResult> results = new ArrayList<>();
            for (Future<CaseResult> f : futures) {
                results.add(f.get());
            }
            return new ConformanceResult(command, results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a conformance case failed to run: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            deleteTree(work);
        }
    }

    private CaseResult runCase(ConformanceCase c, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path input = Files.write(dir.resolve(c.fileName()), c.input());
        List<String> argv = new ArrayList<>();
        boolean group = SETSID != null;
        if (group) {
            argv.add(SETSID); // a session and process group of its own, killed whole at the timeout
        }
        argv.addAll(command);
        byte[] waivers = c.waivers();
        Path waiversFile = dir.resolve(ConformanceCase.WAIVERS_FILE_NAME);
        if (waivers != null) {
            Files.write(waiversFile, waivers);
        }
        argv.addAll(c.options(waiversFile.toAbsolutePath().toString()));
        argv.add(input.toAbsolutePath().toString());
        String missing = group ? unstartable(command.get(0)) : null;
        if (missing != null) {
            // setsid would start and then fail to run it: say so as Java would have
            return CaseResult.failed(c, "the implementation cannot be started: " + missing);
        }
        Process p;
        try {
            p = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
        } catch (IOException e) {
            return CaseResult.failed(c, "the implementation cannot be started: " + e.getMessage());
        }
        Capped out = new Capped(p.getInputStream(), MAX_OUTPUT, () -> kill(p, group));
        Capped err = new Capped(p.getErrorStream(), MAX_OUTPUT, () -> kill(p, group));
        Thread outReader = reader(out, "stdout");
        Thread errReader = reader(err, "stderr");
        boolean finished;
        try {
            finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                kill(p, group);
            } else if (group) {
                kill(p, true); // a background child left behind by the implementation does not outlive its case
            }
            p.waitFor(10, TimeUnit.SECONDS);
            outReader.join(TimeUnit.SECONDS.toMillis(10));
            errReader.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            kill(p, group);
            Thread.currentThread().interrupt();
            return CaseResult.failed(c, "interrupted");
        }
        if (out.exceeded() || err.exceeded()) {
            return CaseResult.failed(c, "the implementation wrote more than " + (MAX_OUTPUT >> 20) + " MB on its "
                    + (out.exceeded() ? "standard output" : "standard error") + ": stopped");
        }
        if (!finished) {
            return CaseResult.failed(c, "timed out after " + timeout.toSeconds() + " s");
        }
        return score(c, out.bytes(), excerpt(err.bytes()), p.exitValue());
    }

    /**
     * {@code setsid} where the platform has it (util-linux on Linux): the implementation then runs in
     * a process group of its own, and a timeout kills the whole group, background children
     * included. Elsewhere (macOS, Windows) the runner kills the process and the descendants it can
     * see, which misses a child that was re-parented.
     */
    private static final String SETSID = find("setsid");
    private static final String KILL = find("kill");

    private static String find(String program) {
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return null;
        }
        for (String dir : new String[] {"/usr/bin", "/bin", "/usr/sbin", "/sbin"}) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    /**
     * Why a program cannot be run, or null when it can: a name with a slash must be an executable
     * file; a bare name must be one in a folder of {@code PATH}.
     */
    private static String unstartable(String program) {
        if (program.contains("/")) {
            Path p = Path.of(program);
            return Files.isRegularFile(p) && Files.isExecutable(p) ? null : program + ": no such executable file";
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, program);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return null;
                }
            }
        }
        return program + ": not found in PATH";
    }

    /** Kills an implementation: its process group when it has one, else itself and the descendants it still has. */
    private static void kill(Process p, boolean group) {
        if (group && KILL != null) {
            try {
                // setsid made the implementation the leader of its group: the group id is its pid
                Process k = new ProcessBuilder(KILL, "-KILL", "--", "-" + p.pid()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                k.waitFor(10, TimeUnit.SECONDS);
            } catch (IOException e) {
                // fall back on what Java can see
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    private static Thread reader(Capped stream, String name) {
        Thread t = new Thread(stream::drain, "maillage-conformance-" + name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Reads a stream as it is written, keeping at most a cap and stopping the writer when it passes it. */
    private static final class Capped {
        private final java.io.InputStream in;
        private final long cap;
        private final Runnable stop;
        private final java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();
        private volatile boolean exceeded;

        Capped(java.io.InputStream in, long cap, Runnable stop) {
            this.in = in;
            this.cap = cap;
            this.stop = stop;
        }

        void drain() {
            byte[] buffer = new byte[1 << 16];
            try (in) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    synchronized (kept) {
                        if (kept.size() + (long) n > cap) {
                            exceeded = true;
                            stop.run();
                            return;
                        }
                        kept.write(buffer, 0, n);
                    }
                }
            } catch (IOException e) {
                // the process was killed: what was read is kept
            }
        }

        boolean exceeded() {
            return exceeded;
        }

        byte[] bytes() {
            synchronized (kept) {
                return kept.toByteArray();
            }
        }
    }

    static CaseResult score(ConformanceCase c, byte[] stdout, String stderr, int exitCode) {
        JsonNode report;
        try {
            report = MaillageJson.mapper().readTree(stdout);
        } catch (JacksonException e) {
            report = null;
        }
        String context = " (exit code " + exitCode + (stderr.isEmpty() ? "" : ", stderr: " + stderr) + ")";
        if (report == null || !report.isObject() || report.get("valid") == null || !report.get("valid").isBoolean()
                || report.get("findings") == null || !report.get("findings").isArray()) {
            return CaseResult.failed(c, "the output is not a JSON report with 'valid' and 'findings'" + context);
        }
        SortedSet<FindingKey> actual = new TreeSet<>();
        for (JsonNode f : report.get("findings")) {
            if (!f.isObject() || f.get("ruleId") == null || !f.get("ruleId").isString()) {
                return CaseResult.failed(c, "a finding of the report has no 'ruleId'" + context);
            }
            if (f.has("waived") && f.get("waived").asBoolean(false)) {
                continue;
            }
            actual.add(new FindingKey(f.get("ruleId").stringValue(), f.hasNonNull("pointer") ? f.get("pointer").asString() : ""));
        }
        return CaseResult.compare(c, report.get("valid").booleanValue(), actual);
    }

    private static String excerpt(byte[] bytes) {
        String s = new String(bytes, 0, Math.min(bytes.length, 500), StandardCharsets.UTF_8).strip();
        return s.replaceAll("\\s+", " ");
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary folder " + root, e);
        }
    }
}
