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
 * longer than the timeout is killed and fails.
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
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        List<String> argv = new ArrayList<>(command);
        byte[] waivers = c.waivers();
        Path waiversFile = dir.resolve(ConformanceCase.WAIVERS_FILE_NAME);
        if (waivers != null) {
            Files.write(waiversFile, waivers);
        }
        argv.addAll(c.options(waiversFile.toAbsolutePath().toString()));
        argv.add(input.toAbsolutePath().toString());
        Process p;
        try {
            p = new ProcessBuilder(argv).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
        } catch (IOException e) {
            return CaseResult.failed(c, "the implementation cannot be started: " + e.getMessage());
        }
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                return CaseResult.failed(c, "timed out after " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return CaseResult.failed(c, "interrupted");
        }
        if (Files.size(out) > MAX_OUTPUT) {
            return CaseResult.failed(c, "the report is larger than " + (MAX_OUTPUT >> 20) + " MB");
        }
        return score(c, Files.readAllBytes(out), excerpt(err), p.exitValue());
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

    private static String excerpt(Path err) throws IOException {
        byte[] bytes = Files.readAllBytes(err);
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
