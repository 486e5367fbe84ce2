package org.maillage.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.maillage.json.generate.DatasetGenerator;
import org.maillage.json.generate.DatasetSize;
import org.maillage.json.generate.GenerationSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code maillage generate}: writes a realistic, valid synthetic dataset for load tests and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Write a realistic, valid synthetic dataset, the same bytes for the same size and seed.",
            "With --changes, also write a second snapshot of the same dataset with that share of its entities "
                    + "modified, added or removed (for diff tests)."
        })
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--size", required = true, paramLabel = "NAME",
            description = "departement, region, france or france-10y")
    String size;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Where to write the dataset (.json, or .ndjson for one entity per line)")
    Path output;

    @Option(names = "--changes", paramLabel = "PERCENT",
            description = "Also write a changed snapshot with this share of entities changed (0 to 100)")
    Double changes;

    @Option(names = "--changed-output", paramLabel = "FILE", description = "Where to write the changed snapshot")
    Path changedOutput;

    /** Creates the command; called by picocli. */
    public GenerateCommand() {
        // configured by picocli
    }

    @Override
    public Integer call() {
        DatasetSize named;
        try {
            named = DatasetSize.of(size);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--size': " + e.getMessage());
        }
        if ((changes == null) != (changedOutput == null)) {
            throw new ParameterException(spec.commandLine(), "--changes and --changed-output go together");
        }
        if (changes != null && !(changes >= 0 && changes <= 100)) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--changes': expected a share between 0 and 100, got " + changes);
        }
        PrintWriter out = spec.commandLine().getOut();
        DatasetGenerator generator = DatasetGenerator.of(named, seed);
        try {
            report(out, output, generator.write(output));
            if (changes != null) {
                report(out, changedOutput, generator.withChanges(changes).write(changedOutput));
            }
        } catch (UncheckedIOException e) {
            spec.commandLine().getErr().println("maillage: cannot write the dataset: " + e.getCause().getMessage());
            return ExitCodes.IO;
        }
        return ExitCodes.OK;
    }

    private static void report(PrintWriter out, Path file, GenerationSummary s) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %s, seed %d, %,d entities (", file, s.size(), s.seed(), s.entities()));
        String sep = "";
        for (var e : s.counts().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).toList()) {
            sb.append(sep).append(String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey()));
            sep = ", ";
        }
        sb.append(')');
        if (s.modified() + s.added() + s.removed() > 0) {
            sb.append(String.format(Locale.ROOT, "; changed: %,d modified, %,d added, %,d removed",
                    s.modified(), s.added(), s.removed()));
        }
        out.println(sb);
    }
}
