package org.maillage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.maillage.core.internal.OutputFile;
import org.maillage.json.DatasetFormat;
import org.maillage.json.generate.DatasetGenerator;
import org.maillage.json.generate.DatasetSize;
import org.maillage.json.generate.GenerationSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code maillage generate}: writes a realistic, valid synthetic dataset for load tests and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Write a realistic, valid synthetic dataset, the same bytes for the same size and seed.",
            "With --changes, also write a second snapshot of the same dataset with that share of its entities "
                    + "modified, added or removed (for diff tests)."
        })
final class GenerateCommand extends CliCommand {

    @Option(names = "--size", required = true, paramLabel = "NAME",
            description = "departement, region, france or france-10y")
    String size;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Where to write the dataset (.json, or .ndjson for one entity per line; '-': standard output, JSON)")
    Path output;

    @Option(names = "--changes", paramLabel = "PERCENT",
            description = "Also write a changed snapshot with this share of entities changed (0 to 100)")
    Double changes;

    @Option(names = "--changed-output", paramLabel = "FILE", description = "Where to write the changed snapshot")
    Path changedOutput;

    /** Creates the command; called by picocli. */
    GenerateCommand() {
        // configured by picocli
    }

    @Override
    int execute() throws CliIo.Failure {
        DatasetSize named;
        try {
            named = DatasetSize.of(size);
        } catch (IllegalArgumentException e) {
            throw CliIo.Failure.usage("Invalid value for option '--size': " + e.getMessage());
        }
        if ((changes == null) != (changedOutput == null)) {
            throw CliIo.Failure.usage("--changes and --changed-output go together");
        }
        if (changes != null && !(changes >= 0 && changes <= 100)) {
            throw CliIo.Failure.usage("Invalid value for option '--changes': expected a share between 0 and 100, got " + changes);
        }
        if (changedOutput != null && (CliIo.isDash(changedOutput) && CliIo.isDash(output)
                || CliIo.sameAsInput(changedOutput, List.of(output)) != null)) {
            throw CliIo.Failure.usage("--output and --changed-output name the same file");
        }
        DatasetGenerator generator = DatasetGenerator.of(named, seed);
        OutputFile first = open(output, List.of());
        OutputFile second = changedOutput == null ? null : open(changedOutput, List.of());
        GenerationSummary base = generator.write(first.stream(), format(output));
        CliIo.commit(first);
        GenerationSummary changed = null;
        if (second != null) {
            changed = generator.withChanges(changes).write(second.stream(), format(changedOutput));
            CliIo.commit(second);
        }
        if (!quiet) {
            // the summary goes to standard error when the dataset itself is on standard output
            PrintWriter where = CliIo.isDash(output) || CliIo.isDash(changedOutput) ? err() : out();
            report(where, output, base);
            if (changed != null) {
                report(where, changedOutput, changed);
            }
            where.flush();
        }
        return ExitCodes.OK;
    }

    private static DatasetFormat format(Path p) {
        return CliIo.isDash(p) ? DatasetFormat.JSON : DatasetFormat.of(p);
    }

    private static void report(PrintWriter out, Path file, GenerationSummary s) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %s, seed %d, %,d entities (", CliIo.isDash(file) ? "standard output" : CliIo.shown(file),
                s.size(), s.seed(), s.entities()));
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
