package org.maillage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.maillage.fhir.FhirExport;
import org.maillage.fhir.FhirExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code maillage export fhir}: the facilities of a dataset and their legal entities as FHIR R4 resources. */
@Command(name = "fhir", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Export the facilities of a dataset, and the organisations they belong to, as FHIR R4 Organization "
                + "and Location resources (the shape 'maillage import fhir' reads).",
            "Exit codes: 0 exported, 2 usage error, 3 input unreadable or output not written."})
public final class ExportFhirCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATASET", description = "A Maillage dataset (JSON or NDJSON).")
    Path dataset;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "NDJSON (one resource a line) when the name ends with .ndjson, else one JSON Bundle of type collection.")
    Path output;

    @Spec
    CommandSpec spec;

    /** Creates the command; called by picocli. */
    public ExportFhirCommand() {
        // configured by picocli
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean ndjson = name.endsWith(".ndjson") || name.endsWith(".jsonl");
        ImportRun.Outcome<FhirExport> outcome = ImportRun.run(err, "maillage export fhir", List.of(dataset), output,
                out -> FhirExporter.create().export(dataset, out, !ndjson));
        if (outcome.result() == null) {
            return outcome.exit();
        }
        FhirExport r = outcome.result();
        err.println("Exported " + r.resources() + " FHIR R4 resources to " + output + (ndjson ? "" : " (a Bundle)") + ": "
                + r.establishments() + " establishments, " + r.legalEntities() + " legal entities, " + r.locations() + " locations");
        err.println(r.notes().size() + (r.notes().size() == 1 ? " export note" : " export notes")
                + (r.notes().isEmpty() ? "" : " (what FHIR does not carry here):"));
        r.notes().forEach(n -> err.println("  " + n));
        return ExitCodes.OK;
    }
}
