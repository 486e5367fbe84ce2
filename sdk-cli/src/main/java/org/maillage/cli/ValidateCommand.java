package org.maillage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.maillage.core.InvalidDataException;
import org.maillage.core.internal.OutputFile;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code maillage validate FILE…}: checks datasets and prints one report for all of them. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Validate Maillage datasets (JSON, or NDJSON for .ndjson/.jsonl files): reading, schema, "
                + "constraints, references and rules.",
            "Each FILE is a dataset of its own (references do not cross files); one report covers them all. A folder"
                + " stands for every .json, .ndjson and .jsonl file inside it (and in its subfolders), in name order; '-'"
                + " is standard input (NDJSON when its first line is an entity with a 'type', else JSON; findings then give"
                + " the line of each entity).",
            "Progress is shown on standard error when it is a terminal. The report is in French when the locale"
                + " (LC_ALL, LC_MESSAGES, LANG) is French, C or unset, in English otherwise; --lang chooses.",
            "With --quiet, the text report on standard output holds only the errors and warnings (no information, no"
                + " waived finding, no summary), and nothing at all when there are none; a report written with -o, or in"
                + " another format, is whole.",
            "Exit codes: 0 valid, 1 invalid, 2 usage error, 3 an input cannot be read or the output written."})
final class ValidateCommand extends CliCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The dataset files, folders of them, or '-'.")
    List<Path> files;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "Report format: text, json, sarif, junit or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to this file ('-': standard output, the default).")
    Path output;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of messages: fr or en (default: from the locale, French unless it is another language).")
    String lang;

    @Option(names = "--profile", defaultValue = Validator.DEFAULT_PROFILE, paramLabel = "PROFILE",
            description = "Rule profile: default (regulatory rules), regulatory, or local-health (regulatory and "
                    + "policy rules) (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--layers", paramLabel = "LAYER,…",
            description = "The layers to run, separated by commas: read, schema, constraints, references, rules "
                    + "(default: all). read always runs. Without schema, the constraints layer reports what the "
                    + "schema would have reported first (a member out of range, an id of the wrong shape).")
    String layerList;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "Waivers file (JSON, see waivers.schema.json): findings it covers are reported as waived.")
    Path waiversFile;

    @Option(names = "--no-color", description = "No colour, even on a terminal (NO_COLOR in the environment does the same).")
    boolean noColor;

    ValidateCommand() {
        // configured by picocli
    }

    @Override
    int execute() throws CliIo.Failure {
        ReportFormat reportFormat;
        Language language;
        Validator.Builder builder;
        try {
            reportFormat = ReportFormat.of(format);
            language = Language.of(lang == null ? context.defaultLanguage() : lang);
            builder = Validator.builder().profile(profile);
            if (layerList != null) {
                builder.layers(layers(layerList));
            }
        } catch (IllegalArgumentException e) {
            throw CliIo.Failure.usage(e.getMessage());
        }
        CliIo.checkInputs(files, true);
        List<Path> inputs = expand(files);
        List<Path> read = new ArrayList<>(inputs);
        if (waiversFile != null) {
            CliIo.checkInput(waiversFile, false);
            read.add(waiversFile);
        }
        OutputFile out = open(output, read);
        Validator validator;
        try {
            if (waiversFile != null) {
                builder.waivers(Waivers.read(waiversFile));
            }
            validator = builder.build();
        } catch (UncheckedIOException e) {
            throw CliIo.readFailure(waiversFile, e.getCause());
        } catch (InvalidDataException | IllegalArgumentException e) {
            throw CliIo.Failure.usage(e.getMessage());
        }
        List<Report> reports = new ArrayList<>();
        for (Path file : inputs) {
            reports.add(validate(validator, file, language));
        }
        Report report = Report.combine(reports);
        ReportSettings settings = ReportSettings.of(language).withCatalogue(validator.catalogue())
                .withToolVersion(VersionProvider.version());
        boolean toStdout = output == null || CliIo.isDash(output);
        Writer w = new OutputStreamWriter(out.stream(), StandardCharsets.UTF_8);
        if (toStdout && reportFormat == ReportFormat.TEXT && context.colour(noColor)) {
            w = new Colours(w);
        }
        if (quiet && toStdout && reportFormat == ReportFormat.TEXT) {
            ReportWriter.writeProblems(report, language, w);
        } else {
            ReportWriter.write(report, reportFormat, settings, w);
        }
        try {
            w.flush();
        } catch (IOException e) {
            throw CliIo.writeFailure(out, e);
        }
        CliIo.commit(out);
        if (!toStdout) {
            say(ReportWriter.summary(report, language));
        }
        return report.valid() ? ExitCodes.OK : ExitCodes.INVALID;
    }

    private Report validate(Validator validator, Path file, Language language) throws CliIo.Failure {
        ProgressPrinter printer = context.stderrTerminal() && !quiet
                ? new ProgressPrinter(err(), System::nanoTime, CliIo.shown(file), language) : null;
        try {
            if (CliIo.isDash(file)) {
                InputStream in = CliIo.open(this, file);
                return validator.validate(in, CliIo.format(file, in), CliIo.DASH);
            }
            return validator.validate(file, printer == null ? ProgressListener.NONE : printer);
        } catch (UncheckedIOException e) {
            throw CliIo.readFailure(file, e.getCause());
        } finally {
            if (printer != null) {
                printer.finish();
            }
        }
    }

    /** The layers named, {@code read} added; an empty name ({@code --layers ,}) is refused. */
    static Set<Layer> layers(String list) {
        Set<Layer> layers = EnumSet.of(Layer.READ);
        String[] names = list.split(",", -1);
        for (String n : names) {
            if (n.isBlank()) {
                throw new IllegalArgumentException("--layers: an empty layer name in '" + list
                        + "'; name layers separated by commas: read, schema, constraints, references, rules");
            }
            layers.add(Layer.of(n.strip()));
        }
        return layers;
    }

    /** Folders replaced by the datasets inside them, in name order. */
    private static List<Path> expand(List<Path> given) throws CliIo.Failure {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (CliIo.isDash(p) || !Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            List<Path> inside;
            try (Stream<Path> walk = Files.walk(p)) {
                inside = walk.filter(f -> Files.isRegularFile(f) && isDataset(f)).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                throw CliIo.readFailure(p, e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
            }
            if (inside.isEmpty()) {
                throw CliIo.Failure.io("cannot read " + CliIo.shown(p) + ": the folder holds no .json, .ndjson or .jsonl file");
            }
            out.addAll(inside);
        }
        return out;
    }

    private static boolean isDataset(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".ndjson") || name.endsWith(".jsonl");
    }
}
