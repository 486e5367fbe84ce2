package org.maillage.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.maillage.core.InvalidDataException;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.internal.OutputFile;
import org.maillage.core.internal.SafeText;
import org.maillage.json.DatasetFormat;
import org.maillage.json.DatasetWriter;
import org.maillage.imports.cog.CogImport;
import org.maillage.imports.cog.CogImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;

/**
 * {@code maillage import cog}: imports the Code officiel géographique from the {@code data/}
 * folder of the npm package {@code @etalab/decoupage-administratif} and writes a canonical
 * dataset. The summary and the import notes go to standard error.
 */
@Command(name = "cog", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Import the INSEE Code officiel géographique from the data/ folder of the npm package "
                + "@etalab/decoupage-administratif (any vintage, 1.x = 2021 ... 6.x = 2026).",
            "Prints a summary and what could not be mapped on standard error.",
            "Exit codes: 0 imported, 2 usage error, 3 input unreadable or output not written."})
final class ImportCogCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "DIR",
            description = "The package's data/ folder (or the package folder holding it).")
    Path dir;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "The dataset to write: canonical JSON, or NDJSON when the name ends with .ndjson ('-': standard output).")
    Path output;

    @Option(names = "--vintage", paramLabel = "YEAR",
            description = "The COG year; by default the major version in the package.json beside DIR (6.x = 2026).")
    Integer vintage;

    @Option(names = "--departement", arity = "1..*", split = ",", paramLabel = "CODE",
            description = "Keep only these départements: their communes, the EPCI wholly inside them, "
                    + "the départements and their régions.")
    List<String> departements = List.of();

    /** Creates the command; called by picocli. */
    ImportCogCommand() {
        // configured by picocli
    }

    @Override
    int execute() throws CliIo.Failure {
        if (CliIo.isDash(dir)) {
            throw CliIo.Failure.usage("the COG is read from the package's data/ folder, not from standard input");
        }
        CliIo.checkInput(dir, true);
        Path data = dataFolder(dir);
        if (!Files.isDirectory(data)) {
            throw CliIo.Failure.io("cannot read " + CliIo.shown(dir) + ": a file, not the package's data/ folder");
        }
        List<Path> inputs = new java.util.ArrayList<>(List.of(dir, data));
        inputs.addAll(checkDataFiles(data));
        OutputFile out = open(output, inputs);
        CogImporter importer = CogImporter.create().withDepartements(departements);
        if (vintage != null) {
            try {
                importer = importer.withVintage(vintage);
            } catch (IllegalArgumentException e) {
                throw CliIo.Failure.usage("--vintage: " + e.getMessage());
            }
        } else {
            OptionalInt detected;
            try {
                detected = CogImporter.detectVintage(data);
            } catch (UncheckedIOException e) {
                throw CliIo.readFailure(data, e.getCause());
            } catch (JacksonException e) {
                throw CliIo.Failure.io("cannot read the package.json beside " + CliIo.shown(data) + ": "
                        + SafeText.terminal(e.getOriginalMessage()));
            }
            if (detected.isEmpty()) {
                throw CliIo.Failure.usage(CliIo.shown(data) + ": no package.json of @etalab/decoupage-administratif"
                        + " beside this folder; give the COG year with --vintage YEAR");
            }
        }
        CogImport cog;
        try {
            cog = importer.importFrom(data);
        } catch (IllegalArgumentException e) {
            throw CliIo.Failure.usage(SafeText.terminal(e.getMessage()));
        } catch (InvalidDataException e) {
            throw CliIo.Failure.io("cannot read " + CliIo.shown(data) + ": " + SafeText.terminal(e.getMessage()));
        } catch (UncheckedIOException e) {
            throw CliIo.readFailure(data, e.getCause());
        } catch (JacksonException e) {
            throw CliIo.Failure.io("cannot read " + CliIo.shown(data) + ": " + SafeText.terminal(e.getOriginalMessage()));
        }
        DatasetFormat format = output == null || CliIo.isDash(output) ? DatasetFormat.JSON : DatasetFormat.of(output);
        DatasetWriter.canonical().write(cog.dataset(), out.stream(), format);
        CliIo.commit(out);
        summary(cog);
        return ExitCodes.OK;
    }

    /** Every .json file of the folder must be a regular file: a folder or a pipe named communes.json is refused at once. */
    private static List<Path> checkDataFiles(Path data) throws CliIo.Failure {
        try (Stream<Path> list = Files.list(data)) {
            List<Path> files = list.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
            for (Path f : files) {
                CliIo.checkInput(f, false);
            }
            return files;
        } catch (IOException e) {
            throw CliIo.readFailure(data, e);
        }
    }

    /** The data folder: DIR itself, or DIR/data when DIR is the package folder. */
    private static Path dataFolder(Path dir) {
        if (!Files.isRegularFile(dir.resolve("communes.json")) && Files.isRegularFile(dir.resolve("data").resolve("communes.json"))) {
            return dir.resolve("data");
        }
        return dir;
    }

    private void summary(CogImport cog) {
        String source = cog.packageVersion() == null ? "" : " (@etalab/decoupage-administratif "
                + SafeText.terminal(cog.packageVersion()) + ")";
        say("Imported COG " + cog.vintage() + source + ": " + cog.dataset().territories().size()
                + " territories written to " + (output == null || CliIo.isDash(output) ? "standard output" : CliIo.shown(output)));
        for (Map.Entry<TerritoryKind, Integer> e : cog.countsByKind().entrySet()) {
            say(String.format(java.util.Locale.ROOT, "  %-26s %7d", e.getKey().code(), e.getValue()));
        }
        ImportRun.notes(this, cog.notes());
    }
}
