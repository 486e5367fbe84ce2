package org.maillage.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.maillage.core.InvalidDataException;
import org.maillage.validation.Language;
import org.maillage.validation.Layer;
import org.maillage.validation.ProgressListener;
import org.maillage.validation.Report;
import org.maillage.validation.Validator;
import org.maillage.validation.report.ReportFormat;
import org.maillage.validation.report.ReportSettings;
import org.maillage.validation.report.ReportWriter;
import org.maillage.validation.waiver.Waivers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code maillage validate FILE…}: checks datasets and prints one report for all of them. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Validate Maillage datasets (JSON, or NDJSON for .ndjson/.jsonl files): reading, schema, "
                + "constraints, references and rules.",
            "Each FILE is a dataset of its own (references do not cross files); one report covers them all.",
            "Progress is shown on standard error when it is a terminal.",
            "Exit codes: 0 valid, 1 invalid, 2 usage error, 3 an input cannot be read or the output written."})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The dataset files.")
    List<Path> files;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "Report format: text, json, sarif, junit or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to this file instead of standard output.")
    Path output;

    @Option(names = "--lang", defaultValue = "fr", paramLabel = "LANG",
            description = "Language of messages: fr or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--profile", defaultValue = Validator.DEFAULT_PROFILE, paramLabel = "PROFILE",
            description = "Rule profile: default (regulatory rules), regulatory, or local-health (regulatory and "
                    + "policy rules) (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--layers", split = ",", paramLabel = "LAYER",
            description = "The layers to run, separated by commas: read, schema, constraints, references, rules "
                    + "(default: all). read always runs. Without schema, the constraints layer reports what the "
                    + "schema would have reported first (a member out of range, an id of the wrong shape).")
    List<String> layerNames;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "Waivers file (JSON, see waivers.schema.json): findings it covers are reported as waived.")
    Path waiversFile;

    @Spec
    CommandSpec spec;

    /** Whether to show progress; standard error is a terminal only when there is a console. */
    boolean progress = System.console() != null;

    ValidateCommand() {
        // configured by picocli
    }

    @Override
    public Integer call() {
        ReportFormat reportFormat;
        Language language;
        Validator validator;
        try {
            reportFormat = ReportFormat.of(format);
            language = Language.of(lang);
            Validator.Builder builder = Validator.builder().profile(profile);
            if (layerNames != null) {
                Set<Layer> layers = EnumSet.of(Layer.READ);
                layerNames.forEach(n -> layers.add(Layer.of(n.strip())));
                builder.layers(layers);
            }
            if (waiversFile != null) {
                builder.waivers(Waivers.read(waiversFile));
            }
            validator = builder.build();
        } catch (UncheckedIOException e) {
            spec.commandLine().getErr().println("maillage validate: cannot read " + waiversFile + ": " + describe(e.getCause()));
            return ExitCodes.IO;
        } catch (InvalidDataException | IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<Report> reports = new ArrayList<>();
        boolean unreadable = false;
        for (Path file : files) {
            ProgressPrinter printer = progress
                    ? new ProgressPrinter(spec.commandLine().getErr(), System::nanoTime, file.toString(), language) : null;
            try {
                reports.add(validator.validate(file, printer == null ? ProgressListener.NONE : printer));
            } catch (UncheckedIOException e) {
                unreadable = true;
                finish(printer);
                spec.commandLine().getErr().println("maillage validate: cannot read " + file + ": " + describe(e.getCause()));
            }
            finish(printer);
        }
        if (reports.isEmpty()) {
            return ExitCodes.IO;
        }
        Report report = Report.combine(reports);
        ReportSettings settings = ReportSettings.of(language).withCatalogue(validator.catalogue())
                .withToolVersion(VersionProvider.version());
        if (output == null) {
            ReportWriter.write(report, reportFormat, settings, spec.commandLine().getOut());
        } else {
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8)) {
                ReportWriter.write(report, reportFormat, settings, w);
            } catch (IOException | UncheckedIOException e) {
                spec.commandLine().getErr().println("maillage validate: cannot write " + output + ": "
                        + describe(e instanceof UncheckedIOException u ? u.getCause() : e));
                return ExitCodes.IO;
            }
            spec.commandLine().getErr().println(ReportWriter.summary(report, language));
        }
        if (unreadable) {
            return ExitCodes.IO;
        }
        return report.valid() ? ExitCodes.OK : ExitCodes.INVALID;
    }

    private static void finish(ProgressPrinter printer) {
        if (printer != null) {
            printer.finish();
        }
    }

    private static String describe(Throwable e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
