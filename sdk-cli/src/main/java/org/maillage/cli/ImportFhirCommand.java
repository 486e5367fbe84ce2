package org.maillage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.maillage.fhir.FhirImport;
import org.maillage.fhir.FhirImporter;
import org.maillage.json.DatasetFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code maillage import fhir}: imports FHIR R4 Organization and Location resources (NDJSON files,
 * Bundles, folders of them) into facilities and their legal entities.
 */
@Command(name = "fhir", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Import FHIR R4 Organization and Location resources (the ANS health directory, FINESS in FHIR): "
                + "NDJSON files, JSON Bundles, or folders of them.",
            "Prints a summary and what could not be mapped (each with its resource) on standard error; nothing is "
                + "written when an input is not FHIR JSON or holds resources of another type.",
            "Exit codes: 0 imported, 1 an input is not FHIR R4 JSON of Organization and Location resources, 2 usage "
                + "error, 3 input unreadable or output not written."})
public final class ImportFhirCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "NDJSON files, JSON files (a resource or a Bundle), folders.")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "The dataset to write: canonical JSON, or NDJSON when the name ends with .ndjson.")
    Path output;

    @Spec
    CommandSpec spec;

    /** Creates the command; called by picocli. */
    public ImportFhirCommand() {
        // configured by picocli
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ImportRun.Outcome<FhirImport> outcome = ImportRun.run(err, "maillage import fhir", paths, true, output,
                out -> FhirImporter.create().importTo(paths, out, DatasetFormat.of(output)));
        if (outcome.result() == null) {
            return outcome.exit();
        }
        FhirImport r = outcome.result();
        err.println("Imported " + r.resources() + " FHIR resources: " + r.facilities() + " facilities, " + r.organizations()
                + " organisations (legal entities), " + r.positioned() + " positions, written to " + output);
        ImportRun.notes(err, r.notes());
        return ExitCodes.OK;
    }
}
