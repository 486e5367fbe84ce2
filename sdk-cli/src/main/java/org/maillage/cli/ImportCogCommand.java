package org.maillage.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.maillage.core.InvalidDataException;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.json.DatasetWriter;
import org.maillage.imports.cog.CogImport;
import org.maillage.imports.cog.CogImporter;
import org.maillage.imports.ImportNote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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
public final class ImportCogCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR",
            description = "The package's data/ folder (or the package folder holding it).")
    Path dir;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "The dataset to write: canonical JSON, or NDJSON when the name ends with .ndjson.")
    Path output;

    @Option(names = "--vintage", paramLabel = "YEAR",
            description = "The COG year; by default the major version in the package.json beside DIR (6.x = 2026).")
    Integer vintage;

    @Option(names = "--departement", arity = "1..*", split = ",", paramLabel = "CODE",
            description = "Keep only these départements: their communes, the EPCI wholly inside them, "
                    + "the départements and their régions.")
    List<String> departements = List.of();

    @Spec
    CommandSpec spec;

    /** Creates the command; called by picocli. */
    public ImportCogCommand() {
        // configured by picocli
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path data = dataFolder(dir);
        if (!Files.isDirectory(data)) {
            err.println("maillage import cog: " + dir + ": no such folder");
            return ExitCodes.IO;
        }
        CogImporter importer = CogImporter.create().withDepartements(departements);
        if (vintage != null) {
            try {
                importer = importer.withVintage(vintage);
            } catch (IllegalArgumentException e) {
                err.println("maillage import cog: --vintage: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        } else {
            OptionalInt detected;
            try {
                detected = CogImporter.detectVintage(data);
            } catch (UncheckedIOException e) {
                err.println("maillage import cog: " + e.getMessage());
                return ExitCodes.IO;
            }
            if (detected.isEmpty()) {
                err.println("maillage import cog: " + data + ": no package.json of @etalab/decoupage-administratif"
                        + " beside this folder; give the COG year with --vintage YEAR");
                return ExitCodes.USAGE;
            }
        }
        CogImport cog;
        try {
            cog = importer.importFrom(data);
        } catch (IllegalArgumentException e) {
            err.println("maillage import cog: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (InvalidDataException e) {
            err.println("maillage import cog: " + data + ": " + e.getMessage());
            return ExitCodes.IO;
        } catch (UncheckedIOException e) {
            err.println("maillage import cog: cannot read " + data + ": " + e.getMessage());
            return ExitCodes.IO;
        }
        try {
            DatasetWriter.canonical().write(cog.dataset(), output);
        } catch (UncheckedIOException e) {
            err.println("maillage import cog: cannot write " + output + ": " + e.getCause());
            return ExitCodes.IO;
        }
        summary(err, cog);
        return ExitCodes.OK;
    }

    /** The data folder: DIR itself, or DIR/data when DIR is the package folder. */
    private static Path dataFolder(Path dir) {
        if (!Files.isRegularFile(dir.resolve("communes.json")) && Files.isRegularFile(dir.resolve("data").resolve("communes.json"))) {
            return dir.resolve("data");
        }
        return dir;
    }

    private void summary(PrintWriter err, CogImport cog) {
        String source = cog.packageVersion() == null ? "" : " (@etalab/decoupage-administratif " + cog.packageVersion() + ")";
        err.println("Imported COG " + cog.vintage() + source + ": " + cog.dataset().territories().size()
                + " territories written to " + output);
        for (Map.Entry<TerritoryKind, Integer> e : cog.countsByKind().entrySet()) {
            err.printf("  %-26s %7d%n", e.getKey().code(), e.getValue());
        }
        List<ImportNote> notes = cog.notes();
        err.println(notes.size() + (notes.size() == 1 ? " import note" : " import notes")
                + (notes.isEmpty() ? "" : " (what could not be mapped):"));
        for (ImportNote n : notes) {
            err.println("  " + n);
        }
    }
}
